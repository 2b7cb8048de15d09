/// What the student asks of a lab game, by key or by typed command.
public enum LabAction: Sendable, Equatable {
    /// Run the next step of the thread at this 0-based index of ``LabSnapshot/threads``
    /// (the key is the index plus one). The game answers an index with no thread in its message.
    case step(Int)
    /// Take the last step back; again and again, back to the start.
    case undo
    /// Start the run again from the beginning.
    case restart
    /// Play on with a seeded random schedule, showing the seed so the run can be repeated.
    case autoRun
    /// Search every schedule from here: is the goal still reachable, and in how few steps?
    case explore
    /// Show the next hint.
    case hint
    /// The student leaves the lab.
    case quit
}
