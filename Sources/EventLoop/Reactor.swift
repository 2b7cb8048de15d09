import DequeModule
import Synchronization
import Threading
import Trace

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A single-threaded event loop: Twisted's reactor (Python's `asyncio` event loop is the same idea).
///
/// One thread, the one that calls ``run()``, runs every callback one after another; nothing is
/// preempted, so callbacks share state without locks and must never block. Waiting is done by the
/// loop itself in `epoll_wait` (Linux) or `poll(2)`, for the next timer or ready descriptor.
///
/// Each iteration runs, in this order:
/// 1. the callbacks queued by ``callSoon(_:)`` and ``callFromThread(_:)`` before the iteration
///    began, first in first out (``callFromThread(_:)`` calls join the end of the queue here);
/// 2. the ``callLater(_:_:)`` timers whose deadline has passed, by deadline and then in the order
///    they were scheduled; a timer never runs before its deadline on the monotonic clock;
/// 3. the wait for I/O, no longer than until the next timer, and not at all if work is queued;
/// 4. the reader and writer callbacks of the descriptors found ready, in the order the descriptors
///    were first registered, a descriptor's reader before its writer.
///
/// Thread safety, as in Twisted: only ``callFromThread(_:)`` (and ``now``) may be used from other
/// threads. Everything else, and every ``Deferred``, ``DelayedCall`` and connection, belongs to the
/// reactor thread; calling `callSoon` and the like from another thread while the reactor runs stops
/// the program with a message pointing at `callFromThread`. Before `run()`, the thread that will
/// run the reactor may set it up.
///
/// Tracing: the thread running the reactor reports `.sleeping(untilNanos:)` (the next timer) with
/// the note "reactor idle: waiting for I/O or a timer" before it blocks in the wait, and
/// `.running` when the wait returns, as the actor ``TraceContext/currentActor`` names.
public final class Reactor: @unchecked Sendable {
    /// How the reactor waits for descriptors, as Twisted's choice of epollreactor or pollreactor.
    public enum Backend: Sendable, Hashable {
        #if os(Linux)
        /// `epoll`: the kernel keeps the interest set, so a wait costs the same for 10 or 10,000 sockets.
        case epoll
        #endif
        /// `poll(2)`: the whole descriptor list goes to the kernel on every wait; works everywhere.
        case poll

        /// `epoll` on Linux, `poll` elsewhere.
        public static var platformDefault: Backend {
            #if os(Linux)
            .epoll
            #else
            .poll
            #endif
        }
    }

    /// A watched descriptor's callbacks and its registration token (see ``IOReadyEvent``).
    private struct Registration {
        let token: UInt32
        var reader: (() -> Void)?
        var writer: (() -> Void)?

        var interest: IOInterest {
            var interest: IOInterest = []
            if reader != nil { interest.insert(.read) }
            if writer != nil { interest.insert(.write) }
            return interest
        }
    }

    /// The backend this reactor waits with.
    public let backend: Backend
    /// Where the idle transitions go.
    public let tracer: Tracer
    /// The executor that runs Swift `async` code on the reactor thread (see ``spawn(_:)``).
    public let executor: ReactorExecutor

    // Everything below the wake channel and `owner` is confined to the reactor thread, which is
    // what makes `@unchecked Sendable` sound: other threads reach the reactor only through
    // `wake` (mutex-guarded) and `owner` (atomic).
    private let multiplexer: any IOMultiplexer
    private let wake: ReactorWakeChannel
    /// `pthread_self` of the thread inside `run`, 0 when the reactor is not running.
    private let owner = Atomic<UInt>(0)
    private let timers = ReactorTimerQueue()
    private var ready = Deque<() -> Void>()
    private var registrations: [Int32: Registration] = [:]
    private var readyEvents: [IOReadyEvent] = []
    private var lastToken: UInt32 = 0
    private var stopRequested = false
    /// A reusable receive buffer for the connections of this reactor (only one callback runs at a time).
    let receiveBuffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 65_536, alignment: 16)

    /// Creates a stopped reactor; call ``run()`` on the thread that should run the callbacks.
    ///
    /// Throws ``SocketError`` if the kernel refuses the epoll instance or wake-up pipe (out of descriptors).
    public init(backend: Backend = .platformDefault, tracer: Tracer = TraceContext.tracer) throws(SocketError)
    {
        self.backend = backend
        self.tracer = tracer
        switch backend {
        #if os(Linux)
        case .epoll: multiplexer = try EpollMultiplexer()
        #endif
        case .poll: multiplexer = PollMultiplexer()
        }
        wake = try ReactorWakeChannel()
        executor = ReactorExecutor()
        executor.attach(to: self)
        let wake = self.wake
        try addReader(wake.readFD) { wake.drain() }
    }

    deinit {
        receiveBuffer.deallocate()
    }

    /// Monotonic seconds (since boot on Linux): Twisted's `reactor.seconds()`, asyncio's `loop.time()`.
    /// Safe from any thread.
    public var now: Double {
        Double(MonotonicClock.now()) / 1e9
    }

    /// Whether the calling thread is the one running this reactor: Twisted's `isInIOThread()`.
    public var isReactorThread: Bool {
        owner.load(ordering: .relaxed) == Self.currentThread
    }

    /// Queues `function` to run in the next iteration, after the callbacks already queued:
    /// asyncio's `loop.call_soon` (Twisted spells it `callLater(0, f)`). Reactor thread only.
    public func callSoon(_ function: @escaping () -> Void) {
        checkThread("callSoon")
        ready.append(function)
    }

    /// Runs `function` once `delay` seconds have passed on the monotonic clock: Twisted's
    /// `reactor.callLater`. Never early; late by as much as the callbacks ahead of it take.
    /// Negative delays count as zero. Reactor thread only.
    @discardableResult
    public func callLater(_ delay: Double, _ function: @escaping () -> Void) -> DelayedCall {
        checkThread("callLater")
        return timers.schedule(after: delay, function)
    }

    /// Queues `function` from any thread and wakes the reactor if it is waiting: Twisted's
    /// `reactor.callFromThread`, asyncio's `call_soon_threadsafe`. The only thread-safe way in.
    public func callFromThread(_ function: @escaping @Sendable () -> Void) {
        wake.post(function)
    }

    /// Calls `function` on the reactor thread whenever `fd` is readable (or has an error or hung up):
    /// Twisted's `addReader`. Replaces an earlier reader of `fd`. The descriptor should be
    /// non-blocking, and the callback must tolerate finding nothing to read. Reactor thread only.
    public func addReader(_ fd: Int32, _ function: @escaping () -> Void) throws(SocketError) {
        checkThread("addReader")
        try register(fd) { $0.reader = function }
    }

    /// Calls `function` on the reactor thread whenever `fd` is writable: Twisted's `addWriter`.
    /// Replaces an earlier writer of `fd`. Remove it once there is nothing to write, or it runs in
    /// every iteration. Reactor thread only.
    public func addWriter(_ fd: Int32, _ function: @escaping () -> Void) throws(SocketError) {
        checkThread("addWriter")
        try register(fd) { $0.writer = function }
    }

    /// Stops watching `fd` for reading: Twisted's `removeReader`. Does nothing if it was not watched.
    /// Remove a descriptor's reader and writer before closing it.
    public func removeReader(_ fd: Int32) {
        checkThread("removeReader")
        unregister(fd) { $0.reader = nil }
    }

    /// Stops watching `fd` for writing: Twisted's `removeWriter`. Does nothing if it was not watched.
    public func removeWriter(_ fd: Int32) {
        checkThread("removeWriter")
        unregister(fd) { $0.writer = nil }
    }

    /// Makes ``run()`` return once the current iteration is over: Twisted's `reactor.stop()`.
    /// Unlike Twisted, stopping a reactor that is not running does nothing, and a stopped reactor
    /// can run again. From other threads use `callFromThread { reactor.stop() }`.
    public func stop() {
        checkThread("stop")
        if owner.load(ordering: .relaxed) != 0 { stopRequested = true }
    }

    /// Records a trace note from the reactor thread, for callbacks that want to narrate what they do.
    public func note(_ text: @autoclosure () -> String) {
        tracer.record(actor: TraceContext.currentActor, .note(text()))
    }

    /// Runs callbacks until ``stop()``: Twisted's `reactor.run()`, asyncio's `run_forever()`.
    public func run() {
        _ = loop(until: nil, stopWhenIdle: false)
    }

    /// Runs callbacks until ``stop()`` or until `timeout` seconds have passed.
    /// Returns true if stopped, false if the time ran out. Meant for tests and demos.
    @discardableResult
    public func run(timeout: Double) -> Bool {
        loop(until: Deadline.after(seconds: timeout)?.nanoseconds, stopWhenIdle: false)
    }

    /// Runs callbacks until nothing is left to do (no queued calls, timers or watched descriptors),
    /// ``stop()`` is called, or `timeout` seconds pass. Returns false only if the time ran out.
    @discardableResult
    public func runUntilIdle(timeout: Double? = nil) -> Bool {
        loop(until: Deadline.after(seconds: timeout)?.nanoseconds, stopWhenIdle: true)
    }

    /// Queues a call from whichever thread is calling: directly on the reactor thread, through the
    /// wake channel elsewhere. Used by the executor and the async helpers.
    func schedule(_ function: @escaping @Sendable () -> Void) {
        if isReactorThread {
            ready.append(function)
        } else {
            wake.post(function)
        }
    }

    private static var currentThread: UInt {
        #if canImport(Glibc)
        UInt(pthread_self())
        #else
        UInt(bitPattern: pthread_self())
        #endif
    }

    private func checkThread(_ api: StaticString) {
        let running = owner.load(ordering: .relaxed)
        precondition(
            running == 0 || running == Self.currentThread,
            "Reactor.\(api) called from a thread that is not running the reactor; use callFromThread")
    }

    private func register(_ fd: Int32, _ change: (inout Registration) -> Void) throws(SocketError) {
        var registration = registrations[fd] ?? Registration(token: takeToken())
        let previous = registrations[fd]?.interest ?? []
        change(&registration)
        try multiplexer.update(
            fd: fd, token: registration.token, interest: registration.interest, previous: previous)
        registrations[fd] = registration
    }

    private func unregister(_ fd: Int32, _ change: (inout Registration) -> Void) {
        guard var registration = registrations[fd] else { return }
        let previous = registration.interest
        change(&registration)
        let interest = registration.interest
        // Removing never fails in a way the caller could act on (the descriptor may be closed already).
        try? multiplexer.update(fd: fd, token: registration.token, interest: interest, previous: previous)
        registrations[fd] = interest.isEmpty ? nil : registration
    }

    private func takeToken() -> UInt32 {
        lastToken &+= 1
        if lastToken == 0 { lastToken = 1 }
        return lastToken
    }

    /// The loop behind every `run` variant; true when it ended by `stop()` or by going idle.
    private func loop(until deadline: UInt64?, stopWhenIdle: Bool) -> Bool {
        let thread = Self.currentThread
        precondition(
            owner.compareExchange(expected: 0, desired: thread, ordering: .acquiring).exchanged,
            "Reactor.run called while the reactor is already running")
        defer {
            stopRequested = false
            owner.store(0, ordering: .releasing)
        }
        let actor = TraceContext.currentActor
        while true {
            if stopRequested { return true }
            if stopWhenIdle && isIdle { return true }
            if let deadline, MonotonicClock.now() >= deadline { return false }
            iterate(until: deadline, stopWhenIdle: stopWhenIdle, actor: actor)
        }
    }

    /// Nothing queued, no live timers, nothing watched but the wake-up pipe.
    private var isIdle: Bool {
        ready.isEmpty && timers.activeCount == 0 && registrations.count <= 1 && !wake.hasPendingCalls
    }

    private func iterate(until deadline: UInt64?, stopWhenIdle: Bool, actor: ActorID) {
        wake.take(into: &ready)
        var remaining = ready.count
        while remaining > 0, let function = ready.popFirst() {
            remaining -= 1
            function()
        }
        timers.runDue()
        // Idle means nothing is watched, so there is no I/O to wait for, only the deadline.
        if stopWhenIdle && isIdle { return }
        waitForIO(until: deadline, actor: actor)
        dispatchIO()
    }

    private func waitForIO(until deadline: UInt64?, actor: ActorID) {
        var wakeAt = timers.nextDeadline()
        if let deadline { wakeAt = min(wakeAt ?? deadline, deadline) }
        let timeout: Int32
        if !ready.isEmpty || stopRequested {
            timeout = 0
        } else if let wakeAt {
            let now = MonotonicClock.now()
            // Rounded up to whole milliseconds: waking a little late is harmless, early is a wasted turn.
            timeout = wakeAt <= now ? 0 : Int32(min((wakeAt - now + 999_999) / 1_000_000, UInt64(Int32.max)))
        } else {
            timeout = -1
        }
        readyEvents.removeAll(keepingCapacity: true)
        guard timeout != 0, tracer.isEnabled else {
            multiplexer.wait(timeoutMilliseconds: timeout, into: &readyEvents)
            return
        }
        tracer.record(
            actor: actor, .transition(.sleeping(untilNanos: wakeAt)),
            note: "reactor idle: waiting for I/O or a timer")
        multiplexer.wait(timeoutMilliseconds: timeout, into: &readyEvents)
        tracer.record(actor: actor, .transition(.running))
    }

    private func dispatchIO() {
        guard !readyEvents.isEmpty else { return }
        // epoll reports in no documented order; registration order makes runs repeatable.
        readyEvents.sort { $0.token < $1.token }
        for event in readyEvents {
            if event.readable, let reader = current(event)?.reader { reader() }
            // Looked up again: the reader may have removed the writer or closed the descriptor.
            if event.writable, let writer = current(event)?.writer { writer() }
        }
    }

    private func current(_ event: IOReadyEvent) -> Registration? {
        guard let registration = registrations[event.fd], registration.token == event.token else {
            return nil
        }
        return registration
    }
}
