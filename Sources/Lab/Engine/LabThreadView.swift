import Messages

/// A thread as the lab shows it: who it is and what it does next.
public struct LabThreadView: Hashable, Sendable {
    public enum Status: Hashable, Sendable {
        /// It may take a step now; `next` says what the step does ("read counter").
        case runnable(next: String, at: SourcePosition)
        /// It cannot take a step until another thread acts; `reason` says what it waits for.
        case blocked(reason: String, at: SourcePosition)
        case finished
    }

    /// The id `step` and schedules use: 0 is the main thread, then threads in creation order.
    public var id: Int
    public var name: String
    public var isDaemon: Bool
    public var status: Status
}

/// How a run ended.
public enum LabEnding: Hashable, Sendable {
    /// Every thread finished (daemon threads ended with the last other thread).
    case completed
    /// Threads are left and none of them can take a step.
    case deadlock(LabDeadlock)
    /// A thread took more steps than the limit, as `while True: pass` does.
    case stepLimit(thread: Int, name: String)
}

/// The threads of a deadlock and what each of them waits for.
public struct LabDeadlock: Hashable, Sendable {
    /// The blocked threads' ids.
    public var threads: [Int]
    /// The cycle of waits, or each thread's wait when there is no cycle, in every language:
    /// "Thread-1 (worker) waits for lock b held by Thread-2 (worker), which waits for lock a held
    /// by Thread-1 (worker)". Made when the run ends, while the threads' waits can be read.
    var sentences: [Language: String]

    /// In English, as traces and `--json` print it for programs to read.
    public var description: String { description(in: .english) }

    public func description(in language: Language) -> String { sentences[language] ?? "" }
}

/// Why the engine refused a step.
public struct LabScheduleError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String

    public init(message: String) {
        self.message = message
    }

    public var description: String { message }
}
