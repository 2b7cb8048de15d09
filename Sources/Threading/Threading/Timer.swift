import Trace

/// Python's `threading.Timer`: a thread that calls `function` after `interval` seconds unless
/// ``cancel()`` comes first.
///
/// Like Python's it waits on an internal ``Event`` (named after the timer, `<name>.finished`),
/// so the trace shows it waiting for that event rather than sleeping.
public final class Timer: Thread, @unchecked Sendable {
    /// Seconds between ``start()`` and the call.
    public let interval: Double
    private let function: @Sendable () -> Void
    private let finished: Event

    /// Python's `Timer(interval, function)`; call ``start()`` to begin the countdown.
    public init(
        interval: Double, name: String? = nil, daemon: Bool = false, tracer: Tracer = TraceContext.tracer,
        function: @escaping @Sendable () -> Void
    ) {
        let threadName = name ?? ThreadRegistry.shared.nextDefaultName()
        self.interval = interval
        self.function = function
        finished = Event(name: "\(threadName).finished", tracer: tracer)
        super.init(name: threadName, daemon: daemon, tracer: tracer)
    }

    /// Python's `cancel()`: if the timer is still waiting, the function will never run.
    public func cancel() {
        finished.set()
    }

    /// Waits out the interval and calls the function unless cancelled meanwhile.
    override public func run() {
        finished.wait(timeout: interval)
        if !finished.isSet { function() }
        finished.set()
    }
}
