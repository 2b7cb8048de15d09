import Trace

/// Turns a lab run's steps into Trace events: threads become actors, locks, queues and shared
/// globals become resources, each declared the first time it appears.
struct TraceWriter {
    private let recorder: TraceRecorder
    private var actors: [Int: ActorID] = [:]
    private var objects: [Int: ResourceID] = [:]
    private var globals: [Int: ResourceID] = [:]
    private var time: UInt64 = 0

    init(recorder: TraceRecorder) {
        self.recorder = recorder
    }

    /// Starts the clock of step `index`: steps are a millisecond apart, and events within one
    /// step a nanosecond apart, so they keep their order when sorted by time.
    mutating func beginStep(_ index: Int) {
        time = UInt64(index + 1) * 1_000_000
    }

    private mutating func emit(_ actor: ActorID, _ kind: TraceEvent.Kind, note: String? = nil) {
        recorder.record(TraceEvent(time: time, actor: actor, kind: kind, note: note))
        time += 1
    }

    mutating func declareMain(_ world: World) {
        let main = recorder.nextActorID()
        actors[0] = main
        emit(main, .declareActor(TraceActor(id: main, kind: .thread, name: world.threads[0].name)))
        emit(main, .transition(.running))
    }

    private func actor(_ thread: Int) -> ActorID { actors[thread] ?? .unassigned }

    private mutating func resource(_ reference: Int, by thread: Int, in world: World) -> ResourceID {
        if let id = objects[reference] { return id }
        let id = recorder.nextResourceID()
        objects[reference] = id
        let kind: ResourceKind
        var capacity: Int?
        switch world.heap[reference] {
        case .lock: kind = .lock
        case .reentrantLock: kind = .rlock
        case .condition: kind = .condition
        case .semaphore(let value, let bound):
            kind = .semaphore
            capacity = bound ?? value
        case .event: kind = .event
        case .barrier(let parties, _, _):
            kind = .barrier
            capacity = parties
        case .queue(let queue):
            kind = .queue
            capacity = queue.maxsize > 0 ? queue.maxsize : nil
        case .list, .dictionary, .thread: kind = .sharedMemory
        }
        emit(
            actor(thread),
            .declareResource(
                TraceResource(id: id, kind: kind, name: world.objectName(reference), capacity: capacity)))
        return id
    }

    private mutating func sharedGlobal(_ slot: Int, by thread: Int, program: LabProgram) -> ResourceID {
        if let id = globals[slot] { return id }
        let id = recorder.nextResourceID()
        globals[slot] = id
        emit(
            actor(thread),
            .declareResource(TraceResource(id: id, kind: .sharedMemory, name: program.globals[slot].name)))
        return id
    }

    mutating func record(_ effect: LabEffect, by thread: Int, in world: World, program: LabProgram) {
        switch effect {
        case .operation(let reference, let operation):
            let id = resource(reference, by: thread, in: world)
            emit(actor(thread), .operation(id, operation))
        case .readShared(let slot, let value):
            let id = sharedGlobal(slot, by: thread, program: program)
            emit(actor(thread), .operation(id, .read(value: Self.number(value))))
        case .wroteShared(let slot, let value):
            let id = sharedGlobal(slot, by: thread, program: program)
            emit(actor(thread), .operation(id, .write(value: Self.number(value))))
        case .started(let started):
            let id = recorder.nextActorID()
            actors[started] = id
            emit(
                actor(thread),
                .declareActor(
                    TraceActor(
                        id: id, kind: .thread, name: world.threads[started].name, parent: actor(thread))))
            emit(id, .transition(.running))
        case .printed(let line):
            emit(actor(thread), .note("printed: \(line)"))
        case .raised(let exception):
            emit(
                actor(exception.threadID),
                .note(
                    "Exception in thread \(exception.threadName): \(exception) "
                        + "(line \(exception.position.line))"))
        }
    }

    /// Reports threads that became blocked, could go on again, or finished during a step.
    mutating func recordStateChanges(from before: World, to after: World, program: LabProgram) {
        for thread in after.threads.indices where actors[thread] != nil {
            let wasFinished = thread < before.threads.count && before.threads[thread].isFinished
            if after.threads[thread].isFinished {
                guard !wasFinished else { continue }
                let failure = after.exceptions.first { $0.threadID == thread }
                emit(actor(thread), .transition(.done(failure.map { .failed($0.description) } ?? .exited(0))))
                continue
            }
            let old = thread < before.threads.count ? before.blocker(of: thread, in: program) : nil
            let new = after.blocker(of: thread, in: program)
            guard old != new else { continue }
            if let new {
                emit(actor(thread), .transition(state(for: new, by: thread, in: after)))
            } else {
                emit(actor(thread), .transition(.running))
            }
        }
    }

    private mutating func state(for blocker: Blocker, by thread: Int, in world: World) -> ActorState {
        switch blocker {
        case .lock(let reference), .semaphore(let reference):
            .blocked(on: resource(reference, by: thread, in: world))
        case .notify(let reference): .waiting(.condition(resource(reference, by: thread, in: world)))
        case .event(let reference): .waiting(.event(resource(reference, by: thread, in: world)))
        case .barrier(let reference): .waiting(.barrier(resource(reference, by: thread, in: world)))
        case .queueEmpty(let reference), .unfinishedTasks(let reference):
            .waiting(.queue(resource(reference, by: thread, in: world), .empty))
        case .queueFull(let reference): .waiting(.queue(resource(reference, by: thread, in: world), .full))
        case .join(let target): .waiting(.join(actor(target)))
        }
    }

    mutating func recordEnding(_ engine: LabEngine) {
        guard let outcome = engine.outcome else { return }
        if case .deadlock(let deadlock)? = engine.ending {
            emit(actor(0), .note("deadlock: \(deadlock.description)"))
        }
        emit(actor(0), .result(name: "outcome", value: outcome.description))
    }

    private static func number(_ value: LabValue) -> Int64? {
        switch value {
        case .int(let number): Int64(number)
        case .bool(let flag): flag ? 1 : 0
        default: nil
        }
    }
}
