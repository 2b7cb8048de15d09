import Trace

/// What a ``GIL`` has counted since it was created: how often it changed hands and how long
/// each thread held it or waited for it.
///
/// CPython keeps only the switch number internally; these figures are what a learner would
/// measure with `perf` or a patched interpreter to see the GIL at work.
public struct GILStatistics: Hashable, Sendable {
    /// Times the GIL passed from one thread to a different one.
    public var switches: Int
    /// Times a waiting thread ran out of patience (the switch interval) and asked the holder
    /// to drop the GIL; CPython's `gil_drop_request`.
    public var dropRequests: Int
    /// One entry per thread that ever held or waited for the GIL, in order of first arrival.
    public var threads: [GILThreadStatistics]

    /// Creates a snapshot; normally only ``GIL/statistics`` does this.
    public init(switches: Int, dropRequests: Int, threads: [GILThreadStatistics]) {
        self.switches = switches
        self.dropRequests = dropRequests
        self.threads = threads
    }
}

/// One thread's use of a ``GIL``.
public struct GILThreadStatistics: Hashable, Sendable {
    /// The kernel's id for the thread (Python's `threading.get_native_id()`).
    public var nativeThreadID: Int
    /// The trace actor the thread acted as when it first arrived; ``ActorID/unassigned`` if none.
    public var actor: ActorID
    /// How many times it took the GIL.
    public var acquisitions: Int
    /// Total time it held the GIL, in nanoseconds (including a hold still in progress).
    public var holdingNanoseconds: UInt64
    /// Total time it spent blocked waiting for the GIL, in nanoseconds.
    public var waitingNanoseconds: UInt64

    /// Creates an entry; normally only ``GIL/statistics`` does this.
    public init(
        nativeThreadID: Int, actor: ActorID, acquisitions: Int,
        holdingNanoseconds: UInt64, waitingNanoseconds: UInt64
    ) {
        self.nativeThreadID = nativeThreadID
        self.actor = actor
        self.acquisitions = acquisitions
        self.holdingNanoseconds = holdingNanoseconds
        self.waitingNanoseconds = waitingNanoseconds
    }

    /// ``waitingNanoseconds`` in seconds.
    public var waitingSeconds: Double { Double(waitingNanoseconds) / 1e9 }
}
