extension LabEngine {
    /// Whether the current state wins `goal`. `deadlock` and `end` goals are met once the run
    /// has ended that way; `assertion` and `exception` goals as soon as the exception was
    /// raised, even while other threads still run; `critical` goals in any state with two
    /// threads inside at once.
    public func isMet(_ goal: LabGoal) -> Bool {
        world.meets(goal.condition, ending: ending, program: program)
    }
}
