import Trace

/// Hears about the completion of several futures at once: Python's `_Waiter` classes, behind
/// ``wait(_:timeout:returnWhen:)``, ``asCompleted(_:timeout:)`` and `imapUnordered`.
///
/// Futures report to it after releasing their own lock, so the two locks never nest.
final class FutureWatcher: @unchecked Sendable {
    private let tracer: Tracer
    // Everything below is guarded by `mutex`; hence `@unchecked Sendable`.
    private let mutex = PthreadMutex()
    private let changed = PthreadCondition()
    /// Indices of the finished futures, in the order they finished.
    private var finished: [Int] = []
    private var exceptions = 0
    private var isWaiting = false

    init(tracer: Tracer) {
        self.tracer = tracer
    }

    /// Registers with every future in `futures`, recording those already done at once.
    func watch<F: AnyFuture>(_ futures: [F]) {
        for (index, future) in futures.enumerated() {
            if let completion = future.watch(self, index: index) {
                futureFinished(at: index, completion)
            }
        }
    }

    /// Called by the future at `index` once it finished or was cancelled.
    func futureFinished(at index: Int, _ completion: FutureCompletion) {
        mutex.lock()
        finished.append(index)
        if completion == .failed { exceptions += 1 }
        if isWaiting { changed.signal() }
        mutex.unlock()
    }

    /// Waits until `satisfied(finishedCount, exceptionCount)` holds or the deadline passes,
    /// and returns the indices finished by then, in completion order.
    package func wait(
        until deadline: Deadline?, note: @autoclosure () -> String, satisfied: (Int, Int) -> Bool
    ) -> [Int] {
        mutex.lock()
        defer { mutex.unlock() }
        guard !satisfied(finished.count, exceptions) else { return finished }
        blockLocked(until: deadline, note: note()) { !satisfied(finished.count, exceptions) }
        return finished
    }

    /// The index of the future that finished `position`-th (from 0), waiting for it until the
    /// deadline; nil if it has not finished by then.
    func finishedIndex(at position: Int, until deadline: Deadline?, note: @autoclosure () -> String) -> Int? {
        mutex.lock()
        defer { mutex.unlock() }
        if position >= finished.count {
            blockLocked(until: deadline, note: note()) { position >= finished.count }
        }
        return position < finished.count ? finished[position] : nil
    }

    /// Waiting on several futures at once has no single worker to join, so the trace shows a
    /// join on `actor#0` with a note saying what is awaited.
    private func blockLocked(
        until deadline: Deadline?, note: @autoclosure () -> String, while pending: () -> Bool
    ) {
        let actor = TraceContext.currentActor
        tracer.record(actor: actor, .transition(.waiting(.join(.unassigned))), note: note())
        isWaiting = true
        var inTime = true
        while inTime && pending() {
            inTime = changed.wait(mutex, until: deadline)
        }
        isWaiting = false
        tracer.record(actor: actor, .transition(.running))
    }
}
