import Trace

/// Python's `threading.Barrier`: a meeting point that `parties` threads must all reach before
/// any of them goes on; then it resets itself for the next round.
///
/// The trace declares it with `parties` as capacity; each arrival that has to wait reports
/// `waiting` on it, and the last arrival reports a `notifyAll` as it lets everyone through.
public final class Barrier: @unchecked Sendable {
    /// Python's `parties`.
    public let parties: Int
    private let action: (@Sendable () throws -> Void)?
    private let defaultTimeout: Double?
    let trace: ThreadingTrace
    // `phase` and `count` are guarded by `mutex`; `changed` is broadcast whenever `phase` changes.
    private let mutex = PthreadMutex()
    private let changed = PthreadCondition()
    private var phase = Phase.filling
    private var count = 0

    /// CPython's `_state`: filling (0), draining (1), resetting (-1), broken (-2).
    private enum Phase {
        case filling, draining, resetting, broken
    }

    /// Python's `Barrier(parties, action=None, timeout=None)`: `action` runs in the last thread
    /// to arrive, before the others are released; `timeout` is the default for ``wait(timeout:)``.
    ///
    /// - Throws: ``ValueError`` `"parties must be > 0"`, as Python 3.13 does (3.11 accepts the
    ///   value and misbehaves later).
    public init(
        parties: Int, action: (@Sendable () throws -> Void)? = nil, timeout: Double? = nil,
        name: String? = nil, tracer: Tracer = TraceContext.tracer
    ) throws {
        guard parties > 0 else { throw ValueError("parties must be > 0") }
        self.parties = parties
        self.action = action
        defaultTimeout = timeout
        trace = ThreadingTrace(kind: .barrier, name: name, capacity: parties, tracer: tracer)
    }

    /// Python's `wait(timeout=None)`: waits until all parties have arrived.
    ///
    /// - Returns: the arrival index, from 0 to `parties - 1`, different for each party of a round.
    /// - Throws: ``BrokenBarrierError`` if the barrier is or becomes broken (aborted, reset while
    ///   waiting, or the timeout passed, which breaks it for everyone, as in Python), or whatever
    ///   the action threw, in the thread that ran it (the barrier is broken then too).
    @discardableResult
    public func wait(timeout: Double? = nil) throws -> Int {
        let deadline = Deadline.after(seconds: timeout ?? defaultTimeout)
        mutex.lock()
        defer { mutex.unlock() }
        var reportedWaiting = false
        defer { if reportedWaiting { trace.transition(.running) } }
        func reportWaiting() {
            guard !reportedWaiting else { return }
            reportedWaiting = true
            trace.transition(.waiting(.barrier(trace.resource)))
        }
        // A previous round is still emptying or being reset: wait for it, as CPython's _enter.
        while phase == .draining || phase == .resetting {
            reportWaiting()
            changed.wait(mutex)
        }
        guard phase != .broken else { throw BrokenBarrierError() }
        let index = count
        count += 1
        defer {
            count -= 1
            leave()
        }
        if index + 1 == parties {
            try releaseAll()
        } else {
            reportWaiting()
            try waitForRelease(until: deadline)
        }
        return index
    }

    /// Python's `reset()`: back to the empty state; threads waiting now get ``BrokenBarrierError``.
    public func reset() {
        mutex.withLock {
            if count > 0 {
                if phase == .filling || phase == .broken { phase = .resetting }
            } else {
                phase = .filling
            }
            changed.broadcast()
        }
    }

    /// Python's `abort()`: breaks the barrier, so current and future waits throw
    /// ``BrokenBarrierError`` until ``reset()``.
    public func abort() {
        mutex.withLock { breakBarrier() }
    }

    /// Python's `broken`.
    public var broken: Bool {
        mutex.withLock { phase == .broken }
    }

    /// Python's `n_waiting`: how many parties are waiting in the current round.
    public var nWaiting: Int {
        mutex.withLock { phase == .filling ? count : 0 }
    }

    /// The last arrival: runs the action and lets everyone go. Called with `mutex` held.
    private func releaseAll() throws {
        do {
            try action?()
            trace.record(.notifyAll)
            phase = .draining
            changed.broadcast()
        } catch {
            breakBarrier()
            throw error
        }
    }

    /// Waits for the round to complete. Called with `mutex` held.
    private func waitForRelease(until deadline: Deadline?) throws {
        while phase == .filling {
            if !changed.wait(mutex, until: deadline) {
                if phase == .filling {
                    breakBarrier()
                    throw BrokenBarrierError()
                }
            }
        }
        if phase == .broken || phase == .resetting { throw BrokenBarrierError() }
    }

    /// The last party out of a draining or resetting round reopens the barrier. Called with `mutex` held.
    private func leave() {
        if count == 0 && (phase == .resetting || phase == .draining) {
            phase = .filling
            changed.broadcast()
        }
    }

    private func breakBarrier() {
        phase = .broken
        changed.broadcast()
    }
}
