/// One active call: which function, where in it, its locals and operand stack. Pausing a thread
/// is nothing more than keeping its frames.
struct Frame: Hashable, Sendable {
    var function: Int
    var programCounter = 0
    /// `nil` is a local not assigned yet.
    var locals: [LabValue?]
    var stack: [LabValue] = []
    /// The heap objects of the `with` blocks open in this call, innermost last, released when
    /// an exception unwinds the call.
    var withContexts: [Int] = []
}

/// A thread of a lab program.
struct ThreadState: Hashable, Sendable {
    enum Phase: Hashable, Sendable {
        /// `Thread(...)` made, `start()` not called yet: what it will call.
        case created(
            target: LabValue, arguments: [LabValue], keywordNames: [String], keywordValues: [LabValue])
        case running
        case finished
    }

    /// Where a thread stands inside a blocking call that takes two steps.
    enum Suspension: Hashable, Sendable {
        /// Inside `Condition.wait`: waiting for a notify while in the condition's waiters, then
        /// re-acquiring its lock `depth` times.
        case condition(Int, depth: Int)
        /// At a barrier in `generation`, which it leaves with `index` once the barrier trips.
        case barrier(Int, generation: Int, index: Int)
    }

    var objectReference: Int
    var name: String
    var isDaemon: Bool
    var phase: Phase
    var frames: [Frame] = []
    var suspension: Suspension?

    // Matched rather than compared with `==`, which would compare `created`'s payload too:
    // the explorer asks these of every thread in every state.
    var isRunning: Bool {
        if case .running = phase { return true }
        return false
    }
    var isFinished: Bool {
        if case .finished = phase { return true }
        return false
    }
}
