import CPrimitives

/// One shared word per pool worker: the task it is running, so that the parent can tell which
/// task died with a worker that was killed mid-task.
struct WorkerSlots: @unchecked Sendable {
    // `memory` keeps the words mapped; they are only read and written with C atomics.
    private let memory: SharedMemory
    private let words: UnsafeMutablePointer<UInt64>
    private static let idle = UInt64.max

    init(count: Int) throws(SharedMemoryError) {
        var layout = SharedMemoryLayout()
        let slot = layout.reserve(UInt64.self, count: count)
        memory = try SharedMemory(layout)
        words = memory.pointer(to: slot)
        words.initialize(repeating: Self.idle, count: count)
    }

    func start(_ task: Int, in slot: Int) {
        cprim_shared_store64(words + slot, UInt64(task))
    }

    func finish(in slot: Int) {
        cprim_shared_store64(words + slot, Self.idle)
    }

    /// The task `slot`'s worker is running, if any.
    func task(in slot: Int) -> Int? {
        let value = cprim_shared_load64(words + slot)
        return value == Self.idle ? nil : Int(value)
    }
}
