/// Finds the fewest steps from a state of a run that win a goal, or proves that none do.
///
/// Breadth first over the choice of thread at each step, so the first winning state found is
/// one of the nearest, with schedules that reach the same state merged by their fingerprint
/// (as the explorer merges them), so each state is expanded once. There is no partial-order
/// reduction: sleep sets would save only transitions into states already found, and would make
/// the shortest schedule harder to trust. So `.unreachable` means every state reachable from
/// the searched one was visited.
public enum GoalSearch {
    public static func search(
        from engine: LabEngine, goal: LabGoal, maxStates: Int = 500_000, isCancelled: () -> Bool = { false }
    ) -> GoalSearchResult {
        var search = Breadth(program: engine.program, stepLimit: engine.stepLimit, goal: goal.condition)
        return search.run(from: engine.world, maxStates: maxStates, isCancelled: isCancelled)
    }
}

/// The state of one breadth-first search.
private struct Breadth {
    let program: LabProgram
    let stepLimit: Int
    let goal: LabGoal.Condition
    var visited: Set<StateFingerprint> = []
    /// For each state found, by the order it was found in: the state it was reached from and
    /// the thread that stepped, to rebuild the schedule to a winning one.
    var parents: [Int] = []
    var threads: [Int] = []

    init(program: LabProgram, stepLimit: Int, goal: LabGoal.Condition) {
        self.program = program
        self.stepLimit = stepLimit
        self.goal = goal
    }

    mutating func run(from start: World, maxStates: Int, isCancelled: () -> Bool) -> GoalSearchResult {
        visited.insert(StateEncoder.fingerprint(of: start))
        parents.append(-1)
        threads.append(-1)
        let startEnding = start.ending(in: program)
        if start.meets(goal, ending: startEnding, program: program) {
            return .reachable(schedule: [], states: 1)
        }
        var level: [(world: World, index: Int)] = startEnding == nil ? [(start, 0)] : []
        var expanded = 0
        while !level.isEmpty {
            var nextLevel: [(world: World, index: Int)] = []
            for (world, index) in level {
                expanded += 1
                if expanded & 255 == 1, isCancelled() { return .stopped(states: visited.count) }
                for thread in world.runnableThreads(in: program) {
                    var child = world
                    var context = StepContext(program: program, stepLimit: stepLimit, recordingEffects: false)
                    child.step(thread, &context)
                    let fingerprint = StateEncoder.fingerprint(of: child)
                    guard !visited.contains(fingerprint) else { continue }
                    guard visited.count < maxStates else { return .stopped(states: visited.count) }
                    visited.insert(fingerprint)
                    parents.append(index)
                    threads.append(thread)
                    let ending = child.ending(in: program)
                    if child.meets(goal, ending: ending, program: program) {
                        return .reachable(schedule: schedule(to: parents.count - 1), states: visited.count)
                    }
                    if ending == nil { nextLevel.append((child, parents.count - 1)) }
                }
            }
            level = nextLevel
        }
        return .unreachable(states: visited.count)
    }

    private func schedule(to index: Int) -> [Int] {
        var schedule: [Int] = []
        var current = index
        while parents[current] >= 0 {
            schedule.append(threads[current])
            current = parents[current]
        }
        return schedule.reversed()
    }
}
