/// A call scheduled with ``Reactor/callLater(_:_:)``: Twisted's `IDelayedCall`.
///
/// Confined to the reactor thread like everything the reactor hands out: create, cancel and reset
/// it only from reactor callbacks (or before `run()`), never from other threads.
public final class DelayedCall {
    /// What happened to the call so far.
    enum State {
        case pending, called, cancelled
    }

    /// The ``Reactor/now`` time, in nanoseconds, at or after which the call runs.
    var deadline: UInt64
    /// The position among calls with the same deadline; a new one on every reset, which
    /// also marks the timer queue's older entry for this call as stale.
    var sequence: UInt64
    var function: (() -> Void)?
    var state: State = .pending
    private weak var queue: ReactorTimerQueue?

    init(deadline: UInt64, sequence: UInt64, function: @escaping () -> Void, queue: ReactorTimerQueue) {
        self.deadline = deadline
        self.sequence = sequence
        self.function = function
        self.queue = queue
    }

    /// Whether the call is still going to run: Twisted's `active()`.
    public var active: Bool { state == .pending }

    /// When the call will run, in ``Reactor/now`` seconds: Twisted's `getTime()`.
    public var time: Double { Double(deadline) / 1e9 }

    /// Stops the call from running: Twisted's `cancel()`.
    ///
    /// Returns whether it was still pending. Twisted raises `AlreadyCalled` or `AlreadyCancelled`
    /// instead; here a late cancel is harmless and reported by the result.
    @discardableResult
    public func cancel() -> Bool {
        guard state == .pending else { return false }
        state = .cancelled
        function = nil
        queue?.discard(self)
        return true
    }

    /// Moves the call to `delay` seconds from now: Twisted's `reset(secondsFromNow)`.
    ///
    /// Returns false, and does nothing, if the call already ran or was cancelled. The call then
    /// runs after every call already due at the new time.
    @discardableResult
    public func reset(_ delay: Double) -> Bool {
        guard state == .pending, let queue else { return false }
        queue.reschedule(self, after: delay)
        return true
    }
}
