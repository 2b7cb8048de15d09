import CTraceClock

/// The actor the calling thread acts as, which every traced primitive reads for every event.
///
/// A thread-local variable of the program's own (one load), where a pthread key cost a library
/// call per event. Threads start as ``ActorID/unassigned``; the variable dies with its thread,
/// so nothing needs cleaning up.
public enum ThreadActor {
    /// The calling thread's actor; ``ActorID/unassigned`` until someone sets it.
    @inlinable
    public static var current: ActorID {
        ActorID(ctrace_current_actor())
    }

    /// Makes `actor` the calling thread's actor.
    public static func set(_ actor: ActorID) {
        ctrace_set_current_actor(actor.rawValue)
    }
}
