import Trace

/// Python's `threading.Thread`, on a real pthread.
///
/// Use it either way Python teaches: pass a `target` closure, or subclass and override
/// ``run()``. Each thread is an actor of the trace: ``start()`` declares it (as a child of the
/// calling actor) and the thread reports `running` when it begins and `done` when ``run()``
/// returns, or `failed` with the error's description when it throws.
///
/// A subclass must restate the conformance (`final class Worker: Thread, @unchecked Sendable`),
/// which Swift 6 asks of every subclass of an `@unchecked Sendable` class.
///
/// Differences from Python: `name` and `daemon` are fixed at creation; ``ident`` is a sequence
/// number that is never reused (Python's can be, once a thread ends); at most 256 Spindle
/// threads may run at once.
open class Thread: @unchecked Sendable {
    /// The thread's name; Python's default is `Thread-N`.
    public let name: String
    /// A daemon thread does not hold up the end of the program: ``waitForNonDaemonThreads(timeout:)``
    /// does not wait for it.
    public let daemon: Bool
    /// The thread's lane in the trace.
    public let actor: ActorID
    private let target: (@Sendable () throws -> Void)?
    private let tracer: Tracer
    // Everything below is guarded by `stateMutex`; `stateChanged` is broadcast on each change.
    private let stateMutex = PthreadMutex()
    private let stateChanged = PthreadCondition()
    private var phase = Phase.created
    private var identValue: Int?
    private var nativeIDValue: Int?
    private var failure: (any Error)?

    private enum Phase {
        case created, started, finished
    }

    /// The designated initialiser for subclasses that override ``run()`` (Python's
    /// `Thread.__init__(self, name=None, daemon=None)`).
    public init(name: String? = nil, daemon: Bool = false, tracer: Tracer = TraceContext.tracer) {
        self.name = name ?? ThreadRegistry.shared.nextDefaultName()
        self.daemon = daemon
        self.tracer = tracer
        actor = tracer.nextActorID()
        target = nil
    }

    /// Python's `Thread(target=..., name=None, daemon=None)`: ``run()`` calls `target`, which
    /// may throw; the error is kept in ``error`` and the trace shows the thread as failed.
    public init(
        name: String? = nil, daemon: Bool = false, tracer: Tracer = TraceContext.tracer,
        target: @escaping @Sendable () throws -> Void
    ) {
        self.name = name ?? ThreadRegistry.shared.nextDefaultName()
        self.daemon = daemon
        self.tracer = tracer
        actor = tracer.nextActorID()
        self.target = target
    }

    /// Python's `run()`: what the thread does. Calls the target; override it in a subclass instead.
    open func run() throws {
        try target?()
    }

    /// Python's `start()`: begins ``run()`` on a new OS thread.
    ///
    /// - Throws: ``RuntimeError`` `"threads can only be started once"` on a second call,
    ///   `"too many threads: at most 256 may run at once"` at the cap, or `"can't start new thread"`
    ///   when the system refuses one.
    public func start() throws {
        try stateMutex.withLock {
            guard phase == .created else { throw RuntimeError("threads can only be started once") }
            phase = .started
        }
        let ident: Int
        do {
            ident = try ThreadRegistry.shared.admit(self)
        } catch {
            abandonStart(ident: nil)
            throw error
        }
        stateMutex.withLock { identValue = ident }
        if tracer.isEnabled {
            let parent = TraceContext.currentActor
            let declared = TraceActor(
                id: actor, kind: .thread, name: name, parent: parent == .unassigned ? nil : parent)
            tracer.record(actor: parent, .declareActor(declared))
        }
        do {
            try NativeThread.spawn(name: name) { self.bootstrap(ident: ident) }.detach()
        } catch {
            abandonStart(ident: ident)
            throw RuntimeError("can't start new thread: \(error)")
        }
    }

    /// Python's `join(timeout=None)`: waits until the thread finishes or `timeout` seconds pass;
    /// check ``isAlive`` afterwards to tell which, as in Python.
    ///
    /// - Throws: ``RuntimeError`` `"cannot join thread before it is started"` or
    ///   `"cannot join current thread"`.
    public func join(timeout: Double? = nil) throws {
        let current = stateMutex.withLock { phase }
        guard current != .created else { throw RuntimeError("cannot join thread before it is started") }
        guard ThreadRegistry.shared.current !== self else { throw RuntimeError("cannot join current thread") }
        guard current != .finished else { return }
        let caller = tracer.isEnabled ? TraceContext.currentActor : .unassigned
        tracer.record(actor: caller, .transition(.waiting(.join(actor))))
        let deadline = Deadline.after(seconds: timeout)
        stateMutex.withLock {
            while phase == .started {
                if !stateChanged.wait(stateMutex, until: deadline) { break }
            }
        }
        tracer.record(actor: caller, .transition(.running))
    }

    /// Python's `is_alive()`: true from ``start()`` until ``run()`` has returned.
    public var isAlive: Bool {
        stateMutex.withLock { phase == .started }
    }

    /// Python's `ident`: nil before ``start()``, then a number unique among this process's threads.
    public var ident: Int? {
        stateMutex.withLock { identValue }
    }

    /// Python's `native_id`: the kernel's thread id (what `ps -L` shows), nil before ``start()``.
    /// Right after `start()` it waits the moment the new thread needs to publish it.
    public var nativeID: Int? {
        stateMutex.withLock {
            while phase != .created && nativeIDValue == nil {
                stateChanged.wait(stateMutex)
            }
            return nativeIDValue
        }
    }

    /// What the target or ``run()`` threw, once the thread has finished; nil if it returned.
    /// Python prints it through `threading.excepthook` instead of keeping it.
    public var error: (any Error)? {
        stateMutex.withLock { failure }
    }

    private func bootstrap(ident: Int) {
        ThreadRegistry.shared.setCurrent(self)
        TraceContext.setCurrentActor(actor)
        stateMutex.withLock {
            nativeIDValue = NativeThread.currentNativeID
            stateChanged.broadcast()
        }
        tracer.record(actor: actor, .transition(.running))
        var status = ExitStatus.exited(0)
        do {
            try run()
        } catch {
            stateMutex.withLock { failure = error }
            status = .failed(String(describing: error))
        }
        tracer.record(actor: actor, .transition(.done(status)))
        // Leave the registry before waking joiners, so a thread started right after a join
        // never finds the finished thread still counted against the cap.
        ThreadRegistry.shared.remove(ident: ident)
        stateMutex.withLock {
            phase = .finished
            stateChanged.broadcast()
        }
        TraceContext.setCurrentActor(.unassigned)
        ThreadRegistry.shared.setCurrent(nil)
    }

    private func abandonStart(ident: Int?) {
        if let ident { ThreadRegistry.shared.remove(ident: ident) }
        stateMutex.withLock {
            phase = .created
            identValue = nil
            stateChanged.broadcast()
        }
    }
}

extension Thread {
    /// Python's `threading.current_thread()`, for Spindle threads; nil on a thread Spindle did
    /// not start (Python would return the main thread or a dummy thread object there).
    public static var current: Thread? {
        ThreadRegistry.shared.current
    }

    /// Python's `threading.active_count()`: how many Spindle threads are alive. Python also counts
    /// the main thread, so its number is one higher.
    public static var activeCount: Int {
        ThreadRegistry.shared.liveCount
    }

    /// Python's `threading.enumerate()`: the Spindle threads that are alive, in start order
    /// (without the main thread, which Python includes).
    public static func enumerate() -> [Thread] {
        ThreadRegistry.shared.liveThreads
    }

    /// What the end of a Python program does: joins every live non-daemon thread (other than the
    /// caller), including ones started meanwhile, and leaves daemon threads running.
    ///
    /// - Returns: false if `timeout` seconds passed while non-daemon threads were still alive.
    @discardableResult
    public static func waitForNonDaemonThreads(timeout: Double? = nil) -> Bool {
        let deadline = Deadline.after(seconds: timeout)
        let caller = current
        while let next = enumerate().first(where: { !$0.daemon && $0 !== caller }) {
            var remaining: Double?
            if let deadline {
                guard !deadline.hasPassed else { return false }
                remaining = Double(deadline.remainingNanoseconds) / 1e9
            }
            // Cannot throw: `next` was started and is not the caller.
            try? next.join(timeout: remaining)
        }
        return true
    }
}
