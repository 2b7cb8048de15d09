import Synchronization
import Threading
import Trace

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A global interpreter lock that behaves like CPython's, so demos can show what it does to
/// threads: only the holder runs "interpreted" code, CPU-bound threads take turns instead of
/// running in parallel, and blocking I/O lets other threads in.
///
/// Modelled on CPython's "new GIL" (`Python/ceval_gil.c`, since 3.2). A thread that wants the GIL
/// waits up to the switch interval (`sys.getswitchinterval()`, 5 ms by default); if the GIL did
/// not change hands meanwhile it sets a drop request (CPython's `gil_drop_request`, part of the
/// eval breaker). The holder notices the request at its next ``checkpoint()`` (a bytecode
/// boundary in CPython), drops the GIL, and (CPython's `FORCE_SWITCHING`) waits until another
/// thread has taken it before competing again, so the handover really happens.
///
/// Python code never sees the GIL; in Spindle demos it is explicit. Interpreted work runs inside
/// ``withInterpreter(_:)`` and calls ``checkpoint()`` often; blocking calls go through
/// ``releasedForIO(_:)`` or ``sleep(_:)``, as CPython wraps them in `Py_BEGIN_ALLOW_THREADS`.
/// With `enabled: false` every call is free and nothing is traced for the GIL, so the same demo
/// code runs as on a free-threaded build (PEP 703, `python3.13t`).
///
/// Traced as a resource of kind ``ResourceKind/gil``: `acquire`/`release` operations show the
/// holder, and a thread waiting for it is ``ActorState/blocked(on:)`` the GIL.
public final class GIL: @unchecked Sendable {
    /// Whether the GIL exists; when false every operation returns at once.
    public let isEnabled: Bool
    /// The GIL's identity in the trace; ``ResourceID/unassigned`` when tracing is off or the GIL
    /// is disabled.
    public let id: ResourceID

    /// The eval breaker: the only field read without `mutex`, because ``checkpoint()`` reads it
    /// every few iterations of interpreted work and must stay a single relaxed load.
    @usableFromInline
    let dropRequest = Atomic<Bool>(false)

    private let tracer: Tracer
    private let mutex = PthreadMutex()
    /// CPython's `gil->cond`: signalled when the GIL is dropped and someone waits for it.
    private let dropped = PthreadCondition()
    /// CPython's `gil->switch_cond`: signalled when a new holder takes the GIL, for a thread
    /// that dropped it on request and waits to see the handover.
    private let taken = PthreadCondition()

    // Everything below is guarded by `mutex`.
    private var intervalNanoseconds: UInt64
    private var locked = false
    /// Serial (``GILThreadIdentity``) of the holder; 0 when free.
    private var holder = 0
    /// Serial of the latest holder, still set after it dropped the GIL (`gil->last_holder`).
    private var lastHolder = 0
    /// Incremented at every take, so a waiter can tell whether the GIL changed hands while it
    /// waited (`gil->switch_number`).
    private var switchNumber: UInt64 = 0
    private var waiters = 0
    private var handoverWaiters = 0
    private var holdStart: UInt64 = 0
    /// Index in `threadTimes` of the holder, or of the last holder while the GIL is free.
    private var holderSlot = 0
    private var switches = 0
    private var dropRequests = 0
    private var slotOfThread: [Int: Int] = [:]
    private var threadTimes: [GILThreadStatistics] = []

    /// Creates a GIL, free until some thread acquires it.
    ///
    /// - Parameters:
    ///   - switchInterval: Seconds a waiting thread lets the holder run before asking it to
    ///     drop the GIL, as `sys.setswitchinterval`; must be positive.
    ///   - enabled: `false` makes every operation free, as on a free-threaded build.
    ///   - name: The label on the stage; "GIL" when nil.
    ///   - tracer: Where events go.
    public init(
        switchInterval: Double = 0.005, enabled: Bool = true,
        name: String? = nil, tracer: Tracer = TraceContext.tracer
    ) {
        precondition(
            switchInterval > 0 && switchInterval.isFinite,
            GILError.invalidSwitchInterval(switchInterval).description)
        intervalNanoseconds = GIL.nanoseconds(switchInterval)
        isEnabled = enabled
        self.tracer = tracer
        id = enabled ? tracer.nextResourceID() : .unassigned
        if enabled {
            tracer.record(
                actor: TraceContext.currentActor,
                .declareResource(TraceResource(id: id, kind: .gil, name: name ?? "GIL")))
        }
    }

    // MARK: Switch interval

    /// The switch interval in seconds, as Python's `sys.getswitchinterval()`.
    public var switchInterval: Double {
        mutex.withLock { Double(intervalNanoseconds) / 1e9 }
    }

    /// Changes the switch interval, as Python's `sys.setswitchinterval`; threads already waiting
    /// use the new value from their next wait.
    public func setSwitchInterval(_ seconds: Double) throws(GILError) {
        guard seconds > 0 && seconds.isFinite else { throw .invalidSwitchInterval(seconds) }
        let nanoseconds = GIL.nanoseconds(seconds)
        mutex.withLock { intervalNanoseconds = nanoseconds }
    }

    // MARK: Holding the GIL

    /// Takes the GIL for the calling thread, as a thread does before it runs Python code
    /// (CPython's `take_gil`).
    ///
    /// Unlike Python's locks the GIL is not fair: a waiter asks for it only after the switch
    /// interval. Returns false if `blocking` is false and another thread holds it, or if
    /// `timeout` seconds pass first (CPython itself never gives up).
    /// - Throws: ``GILError/alreadyHeld`` if this thread holds it; ``GILError/timeoutWithoutBlocking``
    ///   or ``GILError/invalidTimeout(_:)`` for the arguments `Lock.acquire` rejects.
    @discardableResult
    public func acquire(blocking: Bool = true, timeout: Double? = nil) throws(GILError) -> Bool {
        if let timeout {
            guard blocking else { throw .timeoutWithoutBlocking }
            guard timeout >= 0 else { throw .invalidTimeout(timeout) }
        }
        guard isEnabled else { return true }
        let me = GILThreadIdentity.current
        mutex.lock()
        defer { mutex.unlock() }
        if locked && holder == me { throw .alreadyHeld }
        if locked && !blocking { return false }
        return take(me, deadline: Deadline.after(seconds: timeout), resuming: false)
    }

    /// Gives the GIL back (CPython's `drop_gil`). If a waiter asked for it, waits until some
    /// other thread has taken it.
    /// - Throws: ``GILError/notHeld`` if the calling thread does not hold it.
    public func release() throws(GILError) {
        guard isEnabled else { return }
        let me = GILThreadIdentity.current
        mutex.lock()
        defer { mutex.unlock() }
        guard locked && holder == me else { throw .notHeld }
        drop(me)
    }

    /// Runs `body` holding the GIL, as interpreted code runs; takes it first unless the calling
    /// thread already holds it (then it nests, like `PyGILState_Ensure`).
    public func withInterpreter<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        guard isEnabled else { return try body() }
        let me = GILThreadIdentity.current
        mutex.lock()
        let nested = locked && holder == me
        if !nested {
            _ = take(me, deadline: nil, resuming: false)
        }
        mutex.unlock()
        defer {
            if !nested {
                mutex.lock()
                // `body` may have released the GIL itself.
                if locked && holder == me { drop(me) }
                mutex.unlock()
            }
        }
        return try body()
    }

    /// Whether the calling thread holds the GIL (CPython's `PyGILState_Check`); always false
    /// when disabled.
    public var isHeldByCurrentThread: Bool {
        guard isEnabled else { return false }
        let me = GILThreadIdentity.current
        return mutex.withLock { locked && holder == me }
    }

    // MARK: Taking turns

    /// A bytecode boundary: where the holder honours a drop request by handing the GIL to the
    /// thread that asked and then queueing to get it back.
    ///
    /// Call it every few iterations of CPU-bound interpreted work. When nobody waits it costs
    /// one relaxed atomic load. In a thread that does not hold the GIL it does nothing, but it
    /// takes the GIL's mutex while a request is pending, so call it only inside interpreted work.
    @inlinable
    public func checkpoint() {
        if dropRequest.load(ordering: .relaxed) {
            honorDropRequest()
        }
    }

    /// The slow path of ``checkpoint()``, kept out of line so the fast path inlines to one load.
    @usableFromInline
    func honorDropRequest() {
        let me = GILThreadIdentity.current
        mutex.lock()
        defer { mutex.unlock() }
        guard locked, holder == me, dropRequest.load(ordering: .relaxed) else { return }
        drop(me)
        _ = take(me, deadline: nil, resuming: false)
    }

    /// Runs `body` with the GIL released and takes it back afterwards, as CPython does around
    /// blocking system calls (`Py_BEGIN_ALLOW_THREADS` ... `Py_END_ALLOW_THREADS`), so other
    /// threads run meanwhile. If the calling thread does not hold the GIL, just runs `body`.
    public func releasedForIO<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        try released(sleepingFor: nil, body)
    }

    /// Python's `time.sleep`: sleeps with the GIL released, traced as
    /// ``ActorState/sleeping(untilNanos:)``, then takes the GIL back.
    ///
    /// A negative or NaN duration sleeps zero seconds (Python raises `ValueError`). When the
    /// GIL is disabled the thread still really sleeps.
    public func sleep(_ seconds: Double) {
        let duration = seconds > 0 ? GIL.nanoseconds(seconds) : 0
        released(sleepingFor: duration) { GIL.nanosleep(duration) }
    }

    // MARK: Statistics

    /// A snapshot of the counters: switches, drop requests and per-thread holding and waiting
    /// times. Empty when disabled.
    public var statistics: GILStatistics {
        mutex.lock()
        defer { mutex.unlock() }
        var threads = threadTimes
        if locked {
            threads[holderSlot].holdingNanoseconds += MonotonicClock.now() &- holdStart
        }
        return GILStatistics(switches: switches, dropRequests: dropRequests, threads: threads)
    }

    // MARK: CPython's take_gil and drop_gil

    /// Takes the GIL for `me`, waiting as `take_gil` does. Called with `mutex` held and the GIL
    /// not held by `me`; returns false only if `deadline` passes. `resuming` reports
    /// ``ActorState/running`` even when the GIL was free, for a thread coming back from sleep.
    private func take(_ me: Int, deadline: Deadline?, resuming: Bool) -> Bool {
        // `holderSlot` still names the last holder's entry, which saves hashing when a thread
        // takes the GIL back after I/O with nobody in between.
        let slot = me == lastHolder ? holderSlot : self.slot(of: me)
        let blocked = locked
        if blocked {
            trace(.transition(.blocked(on: id)))
            waiters += 1
            let waitStart = MonotonicClock.now()
            defer {
                waiters -= 1
                threadTimes[slot].waitingNanoseconds += MonotonicClock.now() &- waitStart
            }
            while locked {
                let observed = switchNumber
                let patience = Deadline(nanoseconds: MonotonicClock.now() &+ intervalNanoseconds)
                _ = dropped.wait(mutex, until: deadline.map { min($0, patience) } ?? patience)
                if locked && switchNumber == observed && patience.hasPassed
                    && !dropRequest.load(ordering: .relaxed)
                {
                    dropRequest.store(true, ordering: .relaxed)
                    dropRequests += 1
                }
                if locked, let deadline, deadline.hasPassed {
                    // The last waiter leaving withdraws its request, so the holder does not
                    // hand over to nobody; and a holder waiting for the handover stops waiting.
                    if waiters == 1 { dropRequest.store(false, ordering: .relaxed) }
                    if handoverWaiters > 0 { taken.broadcast() }
                    trace(.transition(.running))
                    return false
                }
            }
        }
        locked = true
        holder = me
        if lastHolder != me && lastHolder != 0 { switches += 1 }
        lastHolder = me
        switchNumber &+= 1
        holderSlot = slot
        holdStart = MonotonicClock.now()
        threadTimes[slot].acquisitions += 1
        if handoverWaiters > 0 { taken.broadcast() }
        if dropRequest.load(ordering: .relaxed) {
            dropRequest.store(false, ordering: .relaxed)
        }
        if blocked || resuming { trace(.transition(.running)) }
        trace(.operation(id, .acquire))
        return true
    }

    /// Drops the GIL held by `me`, as `drop_gil` does. Called with `mutex` held. Events are
    /// recorded under the mutex so the trace never shows the next holder's `acquire` before
    /// this `release`.
    private func drop(_ me: Int) {
        locked = false
        holder = 0
        threadTimes[holderSlot].holdingNanoseconds += MonotonicClock.now() &- holdStart
        trace(.operation(id, .release))
        guard waiters > 0 else { return }
        dropped.signal()
        // FORCE_SWITCHING: without it the dropping thread, already running, would usually take
        // the GIL straight back before the woken waiter is scheduled.
        guard dropRequest.load(ordering: .relaxed) else { return }
        dropRequest.store(false, ordering: .relaxed)
        handoverWaiters += 1
        while lastHolder == me && waiters > 0 {
            taken.wait(mutex)
        }
        handoverWaiters -= 1
    }

    /// The index of `me`'s entry in `threadTimes`, creating it on the thread's first arrival.
    private func slot(of me: Int) -> Int {
        if let slot = slotOfThread[me] { return slot }
        threadTimes.append(
            GILThreadStatistics(
                nativeThreadID: NativeThread.currentNativeID, actor: TraceContext.currentActor,
                acquisitions: 0, holdingNanoseconds: 0, waitingNanoseconds: 0))
        slotOfThread[me] = threadTimes.count - 1
        return threadTimes.count - 1
    }

    private func released<T, E: Error>(sleepingFor duration: UInt64?, _ body: () throws(E) -> T) throws(E)
        -> T
    {
        let me = isEnabled ? GILThreadIdentity.current : 0
        var held = false
        if isEnabled {
            mutex.lock()
            held = locked && holder == me
            if held { drop(me) }
            mutex.unlock()
        }
        if let duration {
            trace(.transition(.sleeping(untilNanos: MonotonicClock.now() &+ duration)))
        }
        defer {
            if held {
                mutex.lock()
                _ = take(me, deadline: nil, resuming: duration != nil)
                mutex.unlock()
            } else if duration != nil {
                trace(.transition(.running))
            }
        }
        return try body()
    }

    /// Records an event as the calling thread; free when tracing is off.
    @inline(__always)
    private func trace(_ kind: @autoclosure () -> TraceEvent.Kind) {
        guard tracer.isEnabled else { return }
        tracer.record(actor: TraceContext.currentActor, kind())
    }

    private static func nanoseconds(_ seconds: Double) -> UInt64 {
        UInt64(min(seconds, 1e9) * 1e9)
    }

    /// A real `nanosleep`, resumed after signals so the full duration passes.
    private static func nanosleep(_ duration: UInt64) {
        var request = Deadline.timespec(nanoseconds: duration)
        var remaining = timespec()
        #if canImport(Glibc)
        while Glibc.nanosleep(&request, &remaining) != 0 && errno == EINTR {
            request = remaining
        }
        #else
        while Darwin.nanosleep(&request, &remaining) != 0 && errno == EINTR {
            request = remaining
        }
        #endif
    }
}
