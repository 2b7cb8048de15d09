import Trace

/// Where each actor's events go in the Trace Event Format: every actor gets a
/// `tid`, inside the `pid` of the process it belongs to.
///
/// An actor belongs to its nearest process ancestor (itself, for a process). A
/// chain with no process in it, such as a threading demo that only declares
/// threads, is grouped under its topmost actor, so its threads still share a track group.
struct ChromeTracks: Sendable {
    /// A `pid`/`tid` pair.
    struct Track: Hashable, Sendable {
        var pid: Int64
        var tid: Int64
    }

    /// Real pids stay below 2^22 on Linux and below 100 000 on macOS, so ids made
    /// up above this never collide with one.
    static let syntheticBase: Int64 = 10_000_000

    /// The made-up id for an actor. Wrapping can only happen for ids beyond 2^63 − 10^7, which
    /// no trace read from a file holds (see `TraceLimits`); it keeps any other trace from trapping.
    static func syntheticID(of actor: ActorID) -> Int64 {
        syntheticBase &+ Int64(actor.rawValue)
    }

    /// Actors in order of first appearance, which is the order their tracks are shown in.
    private(set) var actors: [ActorID] = []
    /// The actors that head a process group, in the same order.
    private(set) var roots: [ActorID] = []
    private var pids: [ActorID: Int64] = [:]
    private var rootOf: [ActorID: ActorID] = [:]
    /// The values of `pids`, so that a reused pid is found without a scan per process.
    private var usedPids: Set<Int64> = []
    private let labels: TraceLabels

    init(_ events: [TraceEvent], labels: TraceLabels) {
        self.labels = labels
        for event in events {
            if case .declareActor(let actor) = event.kind {
                add(event.actor)
                add(actor.id)
            } else {
                add(event.actor)
            }
        }
    }

    /// The track of an actor seen in the events given at creation.
    func track(for actor: ActorID) -> Track {
        let root = rootOf[actor] ?? actor
        let pid = pids[root] ?? ChromeTracks.syntheticID(of: root)
        // The group's head is the process's main thread, which viewers expect at tid == pid.
        let tid = actor == root ? pid : ChromeTracks.syntheticID(of: actor)
        return Track(pid: pid, tid: tid)
    }

    private mutating func add(_ actor: ActorID) {
        guard rootOf[actor] == nil else { return }
        let root = findRoot(of: actor)
        rootOf[actor] = root
        actors.append(actor)
        guard pids[root] == nil else { return }
        roots.append(root)
        let declared = labels.actors[root]?.pid.map(Int64.init)
        // A pid reused by the OS during the trace would merge two processes; keep the later one apart.
        let pid = declared.flatMap { usedPids.contains($0) ? nil : $0 } ?? ChromeTracks.syntheticID(of: root)
        pids[root] = pid
        usedPids.insert(pid)
    }

    private func findRoot(of actor: ActorID) -> ActorID {
        var current = actor
        var visited: Set<ActorID> = [actor]
        while let declared = labels.actors[current], declared.kind != .process,
            let parent = declared.parent, visited.insert(parent).inserted
        {
            current = parent
        }
        return current
    }
}

extension ChromeTracks {
    /// `process_name`/`thread_name` and sort indices, so viewers show learners'
    /// names in trace order instead of numeric ids sorted by value.
    func metadata(title: String) -> [ChromeEvent] {
        var events: [ChromeEvent] = []
        for (index, root) in roots.enumerated() {
            let track = track(for: root)
            events.append(
                metadata("process_name", track, ("name", .string(processName(of: root, title: title)))))
            events.append(metadata("process_sort_index", track, ("sort_index", .integer(Int64(index)))))
        }
        for (index, actor) in actors.enumerated() {
            let track = track(for: actor)
            events.append(metadata("thread_name", track, ("name", .string(labels.name(of: actor)))))
            events.append(metadata("thread_sort_index", track, ("sort_index", .integer(Int64(index)))))
        }
        return events
    }

    /// A group without a process stands for the demo's own process, which the title names best.
    private func processName(of root: ActorID, title: String) -> String {
        if labels.actors[root]?.kind == .process || title.isEmpty {
            return labels.name(of: root)
        }
        return title
    }

    private func metadata(_ name: String, _ track: Track, _ arg: (key: String, value: JSONValue))
        -> ChromeEvent
    {
        ChromeEvent(name: name, phase: .metadata, time: 0, track: track, args: [arg])
    }
}
