/// Something that runs: the lanes of the stage and the subjects of the narration.
///
/// Declared once through ``TraceEvent/Kind/declareActor(_:)`` before it reports
/// any state, so the reducer and the narrator can name it.
public struct TraceActor: Hashable, Sendable, Codable {
    /// What the OS (or runtime) thinks the actor is; the stage draws processes as
    /// a tree and threads as lanes inside their process.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// An OS process, typically created with `fork`.
        case process
        /// An OS thread within a process.
        case thread
        /// A lightweight task scheduled by a runtime rather than the kernel.
        case task
    }

    /// The trace-wide identity, allocated by ``TraceRecorder/nextActorID()``.
    public var id: ActorID
    /// Process, thread or task.
    public var kind: Kind
    /// The label shown to learners; may contain any Unicode. Empty means unnamed.
    public var name: String
    /// The actor that created this one, if it is part of the trace; this is what
    /// the process tree is built from.
    public var parent: ActorID?
    /// The OS process id, kept so narration can match what `ps` would show.
    public var pid: Int32?

    /// Creates an actor description; only `id`, `kind` and `name` are required
    /// because root actors have no parent and threads share their process's pid.
    public init(id: ActorID, kind: Kind, name: String, parent: ActorID? = nil, pid: Int32? = nil) {
        self.id = id
        self.kind = kind
        self.name = name
        self.parent = parent
        self.pid = pid
    }
}
