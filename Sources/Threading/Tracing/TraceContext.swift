import Trace

/// Who is calling, and where events go: the two facts every traced primitive needs at each
/// operation without threading them through every call the way Python code never does.
///
/// The demo runner installs a tracer before a demo creates its primitives; each primitive
/// keeps the tracer it was created with. Every Spindle `Thread` registers its actor as the
/// calling thread's identity, so `acquire()` knows which lane to draw as blocked.
public enum TraceContext {
    private static let state = TraceContextState()

    /// The tracer primitives created now report to (``Tracer/disabled`` unless installed).
    public static var tracer: Tracer {
        state.tracer
    }

    /// Makes `tracer` the one new primitives report to, until ``uninstall()``.
    public static func install(_ tracer: Tracer) {
        state.tracer = tracer
    }

    /// Goes back to untraced primitives.
    public static func uninstall() {
        state.tracer = .disabled
    }

    /// The actor the calling thread acts as; ``ActorID/unassigned`` for threads Spindle did not start
    /// and that nobody registered.
    @inlinable
    public static var currentActor: ActorID {
        ThreadActor.current
    }

    /// Declares that the calling thread acts as `actor` from now on (Spindle's `Thread` does this
    /// when it starts; a demo does it for its main thread).
    public static func setCurrentActor(_ actor: ActorID) {
        ThreadActor.set(actor)
    }
}

/// The storage behind ``TraceContext``'s tracer: a lock-protected tracer, created once.
private final class TraceContextState: @unchecked Sendable {
    private let lock = PthreadMutex()
    private var installed = Tracer.disabled

    var tracer: Tracer {
        get { lock.withLock { installed } }
        set { lock.withLock { installed = newValue } }
    }
}
