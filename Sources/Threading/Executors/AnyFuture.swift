import Trace

/// The part of a ``Future`` that does not depend on its value type: its state, cancellation,
/// errors, waiting and tracing.
///
/// Python has a single `Future` class; Spindle splits it so that pools can queue futures of
/// any value type without generic code on the hot path, and so that futures of different value
/// types can be kept together (`[AnyFuture]`) and passed to ``wait(_:timeout:returnWhen:)``.
/// Only ``Future`` derives from it.
///
/// Waiting is traced as `.waiting(.join(worker))` of the worker running the future, or of
/// `actor#0` with a note while no worker has started it yet.
public class AnyFuture: @unchecked Sendable, CustomStringConvertible {
    private enum State {
        case pending, running, finished, cancelled
    }

    // All mutable state is guarded by `lock`, a slot shared with other futures (see
    // ``FutureLock``); hence `@unchecked Sendable`. The value a subclass stores is written
    // before `state` becomes `.finished` under the lock and never changes afterwards.
    private var state = State.pending
    private var runner = ActorID.unassigned
    private var failure: (any Error)?
    /// Threads blocked in `lock.wait`, so completion broadcasts only when someone waits.
    private var waiters = 0
    private var callbacks: [@Sendable () -> Void] = []
    private var watchers: [(watcher: FutureWatcher, index: Int)] = []
    /// Where waits on this future are reported.
    let tracer: Tracer

    /// Derived from the address each time rather than stored: it costs a shift and a mask.
    private var lock: FutureLock {
        FutureLock(address: Unmanaged.passUnretained(self).toOpaque())
    }

    init(tracer: Tracer) {
        self.tracer = tracer
    }

    // MARK: Python's API

    /// Python's `exception(timeout=None)`: the error the function threw, or nil if it returned,
    /// waiting up to `timeout` seconds (nil: for ever) for the future to finish.
    ///
    /// Throws ``CancelledError`` if the future was cancelled and ``TimeoutError`` if it is
    /// still not finished when the timeout passes.
    public func exception(timeout: Double? = nil) throws -> (any Error)? {
        try waitForOutcome(until: Deadline.after(seconds: timeout))
    }

    /// Python's `cancel()`: cancels the future if it has not started; true if it is cancelled
    /// (now or before), false if it is running or finished. Runs the done callbacks.
    @discardableResult
    public func cancel() -> Bool {
        lock.lock()
        switch state {
        case .running, .finished:
            lock.unlock()
            return false
        case .cancelled:
            lock.unlock()
            return true
        case .pending:
            state = .cancelled
            let notify = takeNotificationsLocked()
            lock.unlock()
            // Nobody touches the work once the state left `.pending`; free its captures now.
            dropWork()
            notify(.cancelled)
            return true
        }
    }

    /// Python's `done()`: true once the future finished or was cancelled.
    public var done: Bool {
        lock.lock()
        defer { lock.unlock() }
        return state == .finished || state == .cancelled
    }

    /// Python's `running()`: true while a worker is executing the function.
    public var running: Bool {
        lock.lock()
        defer { lock.unlock() }
        return state == .running
    }

    /// Python's `cancelled()`: true if ``cancel()`` succeeded.
    public var cancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return state == .cancelled
    }

    /// `<Future state=finished returned Int>`, like Python's repr without the address.
    public var description: String {
        lock.lock()
        defer { lock.unlock() }
        switch state {
        case .finished:
            if let failure { return "<Future state=finished raised \(type(of: failure))>" }
            return "<Future state=finished returned \(valueTypeName)>"
        case .running: return "<Future state=running>"
        case .cancelled: return "<Future state=cancelled>"
        case .pending: return "<Future state=pending>"
        }
    }

    // MARK: For the subclass

    /// Runs the work and stores its value; returns the error it threw. Called once, by `run`,
    /// without the lock, while the state is `.running`.
    func invoke() -> (any Error)? {
        preconditionFailure("Future overrides invoke()")
    }

    /// Lets go of the work without running it.
    func dropWork() {
        preconditionFailure("Future overrides dropWork()")
    }

    /// The value type's name, for ``description``.
    var valueTypeName: String {
        preconditionFailure("Future overrides valueTypeName")
    }

    /// Adds a callback to run once done, or runs it now (on the calling thread) if already done.
    func addCallback(_ callback: @escaping @Sendable () -> Void) {
        lock.lock()
        if state == .finished || state == .cancelled {
            lock.unlock()
            callback()
            return
        }
        callbacks.append(callback)
        lock.unlock()
    }

    /// Waits until the deadline for the future to end; returns the error it threw, nil if it
    /// returned a value. Throws ``TimeoutError`` or ``CancelledError``.
    func waitForOutcome(until deadline: Deadline?) throws -> (any Error)? {
        lock.lock()
        defer { lock.unlock() }
        guard waitLocked(until: deadline) else {
            throw TimeoutError()
        }
        guard state == .finished else {
            throw CancelledError()
        }
        return failure
    }

    // MARK: For pools and watchers

    /// Python's `set_running_or_notify_cancel()` followed by the work item's `run()`; does
    /// nothing if the future was cancelled while queued.
    func run(on worker: ActorID) {
        lock.lock()
        guard state == .pending else {
            lock.unlock()
            return
        }
        state = .running
        runner = worker
        lock.unlock()
        let error = invoke()

        lock.lock()
        failure = error
        state = .finished
        let notify = takeNotificationsLocked()
        lock.unlock()
        notify(error == nil ? .succeeded : .failed)
    }

    /// Waits up to `timeout` seconds for the future to end; true if it has.
    func waitUntilDone(timeout: Double?) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return waitLocked(until: Deadline.after(seconds: timeout))
    }

    /// Registers `watcher` to hear about completion under `index`, or returns how the future
    /// already ended (and registers nothing).
    func watch(_ watcher: FutureWatcher, index: Int) -> FutureCompletion? {
        lock.lock()
        defer { lock.unlock() }
        switch state {
        case .pending, .running:
            watchers.append((watcher, index))
            return nil
        case .cancelled:
            return .cancelled
        case .finished:
            return failure == nil ? .succeeded : .failed
        }
    }

    /// Forgets `watcher`, for callers that stop waiting before the future finished.
    func unwatch(_ watcher: FutureWatcher) {
        lock.lock()
        watchers.removeAll { $0.watcher === watcher }
        lock.unlock()
    }

    /// Blocks (with `lock` held) until done or the deadline; reports the wait to the trace only
    /// when it really blocks.
    private func waitLocked(until deadline: Deadline?) -> Bool {
        if state == .finished || state == .cancelled { return true }
        let actor = TraceContext.currentActor
        if tracer.isEnabled {
            if runner == .unassigned {
                tracer.record(
                    actor: actor, .transition(.waiting(.join(.unassigned))),
                    note: "waiting for a future no worker has started yet")
            } else {
                tracer.record(actor: actor, .transition(.waiting(.join(runner))))
            }
        }
        waiters += 1
        var inTime = true
        while inTime && state != .finished && state != .cancelled {
            inTime = lock.wait(until: deadline)
        }
        waiters -= 1
        tracer.record(actor: actor, .transition(.running))
        return state == .finished || state == .cancelled
    }

    /// Wakes waiters and hands back what must run once the lock is released: watcher
    /// notifications, then callbacks (Python's `_invoke_callbacks`). Called with `lock` held.
    private func takeNotificationsLocked() -> (FutureCompletion) -> Void {
        if waiters > 0 { lock.broadcast() }
        if callbacks.isEmpty && watchers.isEmpty {
            return { _ in }
        }
        let pendingCallbacks = callbacks
        let pendingWatchers = watchers
        callbacks = []
        watchers = []
        return { completion in
            for (watcher, index) in pendingWatchers {
                watcher.futureFinished(at: index, completion)
            }
            for callback in pendingCallbacks {
                callback()
            }
        }
    }
}

/// How a future ended, as watchers of several futures need to know it.
enum FutureCompletion {
    case succeeded, failed, cancelled
}
