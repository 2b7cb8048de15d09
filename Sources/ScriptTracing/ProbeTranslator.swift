import Trace

/// Turns probe lines into trace events: gives every (pid, thread) an actor and every resource
/// key a resource, declares them before their first use, and keeps what a deadlock report
/// needs (who may give up waiting, and where each actor started its current wait).
struct ProbeTranslator {
    private var actors: [ProbeLine.ThreadKey: ActorID] = [:]
    private var resources: [String: ResourceID] = [:]
    private var nextActor = 1
    private var nextResource = 1
    /// The script's name, for the root process's lane.
    private let scriptName: String

    /// Actors whose current wait has a timeout, so they are not stuck for good.
    private(set) var mayGiveUp: Set<ActorID> = []
    /// Where each actor's latest state change happened in the student's code.
    private(set) var stateSources: [ActorID: String] = [:]
    /// The Python version the probe reported, once it has.
    private(set) var pythonVersion: String?
    /// The root process's actor, once known.
    private(set) var root: ActorID?
    /// What the probe could not trace, each said once.
    private(set) var warnings: [String] = []

    init(scriptName: String) {
        self.scriptName = scriptName
    }

    /// The actor of a thread, if it was seen.
    func actor(of thread: ProbeLine.ThreadKey) -> ActorID? {
        actors[thread]
    }

    /// Every actor of process `pid`.
    func actors(ofProcess pid: Int32) -> [ActorID] {
        actors.filter { $0.key.pid == pid }.map(\.value)
    }

    /// The events that `line` stands for, in order (declarations first when it is the first
    /// line of an actor the translator has not met).
    mutating func translate(_ line: ProbeLine) -> [TraceEvent] {
        var events: [TraceEvent] = []
        let source = line.location
        func emit(_ actor: ActorID, _ kind: TraceEvent.Kind, note: String? = nil) {
            events.append(TraceEvent(time: line.time, actor: actor, kind: kind, note: note, source: source))
        }
        switch line.verb {
        case .hello(let python, _):
            pythonVersion = python
            let id = declareProcess(line.thread, parent: nil, name: scriptName, emit: emit)
            root = id
            emit(id, .transition(.running))
            return events
        case .process(let parent, let name):
            let parentActor = actors[parent] ?? actors[ProbeLine.ThreadKey(pid: parent.pid, serial: 0)]
            // A pid seen before belongs to a process that ended; this is a new one.
            for key in actors.keys where key.pid == line.thread.pid { actors[key] = nil }
            let id = declareProcess(
                line.thread, parent: parentActor, name: name.isEmpty ? "pid \(line.thread.pid)" : name,
                emit: emit)
            emit(id, .transition(.running))
            return events
        case .thread(let serial, let name, let daemon):
            let reporter = actorOf(line.thread, emit: emit)
            let key = ProbeLine.ThreadKey(pid: line.thread.pid, serial: serial)
            let id = allocateActor()
            actors[key] = id
            emit(
                reporter,
                .declareActor(
                    TraceActor(
                        id: id, kind: .thread, name: name.isEmpty ? "Thread-\(serial)" : name,
                        parent: reporter,
                        pid: line.thread.pid)),
                note: daemon ? "a daemon thread" : nil)
            return events
        default:
            break
        }
        let actor = actorOf(line.thread, emit: emit)
        switch line.verb {
        case .run:
            transition(actor, .running, timed: false, source: source, emit: emit)
        case .block(let key, let timed):
            guard let resource = resources[key] else { break }
            transition(actor, .blocked(on: resource), timed: timed, source: source, emit: emit)
        case .wait(let wait, let timed):
            guard let wait = traceWait(wait) else { break }
            transition(actor, .waiting(wait), timed: timed, source: source, emit: emit)
        case .sleep(let seconds):
            let until = line.time &+ UInt64(min(seconds, 1e9) * 1e9)
            transition(actor, .sleeping(untilNanos: until), timed: true, source: source, emit: emit)
        case .done(let status):
            transition(actor, .done(status), timed: false, source: source, emit: emit)
        case .resource(let key, let kind, let capacity, let name):
            let id = ResourceID(nextResource)
            nextResource += 1
            resources[key] = id
            emit(actor, .declareResource(TraceResource(id: id, kind: kind, name: name, capacity: capacity)))
        case .operation(let key, let operation):
            guard let resource = resources[key] else { break }
            emit(actor, .operation(resource, operation))
        case .note(let text):
            emit(actor, .note(text))
        case .warning(let text):
            if !warnings.contains(text) { warnings.append(text) }
            emit(actor, .note(text))
        case .hello, .process, .thread:
            break
        }
        return events
    }

    private mutating func transition(
        _ actor: ActorID, _ state: ActorState, timed: Bool, source: String?,
        emit: (ActorID, TraceEvent.Kind, String?) -> Void
    ) {
        if timed { mayGiveUp.insert(actor) } else { mayGiveUp.remove(actor) }
        stateSources[actor] = source
        emit(actor, .transition(state), nil)
    }

    private func traceWait(_ wait: ProbeLine.Wait) -> ActorState.Wait? {
        switch wait {
        case .join(let thread): actors[thread].map { .join($0) }
        case .condition(let key): resources[key].map { .condition($0) }
        case .queue(let key, let status): resources[key].map { .queue($0, status) }
        case .event(let key): resources[key].map { .event($0) }
        case .barrier(let key): resources[key].map { .barrier($0) }
        case .pipe(let key): resources[key].map { .pipe($0) }
        }
    }

    /// The reporter's actor, declaring it (and its process) if this is its first line: a
    /// thread the probe did not see start, or a process whose first line was lost.
    private mutating func actorOf(
        _ thread: ProbeLine.ThreadKey, emit: (ActorID, TraceEvent.Kind, String?) -> Void
    ) -> ActorID {
        if let known = actors[thread] { return known }
        let processKey = ProbeLine.ThreadKey(pid: thread.pid, serial: 0)
        let process =
            actors[processKey]
            ?? declareProcess(processKey, parent: nil, name: "pid \(thread.pid)") { emit($0, $1, $2) }
        guard thread.serial != 0 else { return process }
        let id = allocateActor()
        actors[thread] = id
        emit(
            process,
            .declareActor(
                TraceActor(
                    id: id, kind: .thread, name: "Thread-\(thread.serial)", parent: process, pid: thread.pid)),
            nil)
        return id
    }

    private mutating func declareProcess(
        _ thread: ProbeLine.ThreadKey, parent: ActorID?, name: String,
        emit: (ActorID, TraceEvent.Kind, String?) -> Void
    ) -> ActorID {
        let id = allocateActor()
        actors[thread] = id
        emit(
            parent ?? id,
            .declareActor(TraceActor(id: id, kind: .process, name: name, parent: parent, pid: thread.pid)),
            nil)
        return id
    }

    private mutating func allocateActor() -> ActorID {
        defer { nextActor += 1 }
        return ActorID(nextActor)
    }
}
