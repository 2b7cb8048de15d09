import Trace

@testable import Stage

/// A hand-built trace: a process with three threads contending a lock and filling a queue,
/// a forked child that exits, and a result.
enum StageViewFixture {
    static let start: UInt64 = 5_000_000_000
    static let main = ActorID(1)
    static let workers = [ActorID(2), ActorID(3), ActorID(4)]
    static let child = ActorID(5)
    static let lock = ResourceID(1)
    static let jobs = ResourceID(2)

    /// The instant the golden frames are drawn at.
    static let now = start + 40_000_000

    static func ms(_ milliseconds: Double) -> UInt64 {
        start + UInt64(milliseconds * 1_000_000)
    }

    static var events: [TraceEvent] {
        var events: [TraceEvent] = []
        func add(_ at: Double, _ actor: ActorID, _ kind: TraceEvent.Kind) {
            events.append(TraceEvent(time: ms(at), actor: actor, kind: kind))
        }
        add(0, main, .declareActor(TraceActor(id: main, kind: .process, name: "main", pid: 4242)))
        add(0, main, .transition(.running))
        add(0.5, main, .declareResource(TraceResource(id: lock, kind: .lock, name: "")))
        add(0.5, main, .declareResource(TraceResource(id: jobs, kind: .queue, name: "jobs", capacity: 5)))
        for (index, worker) in workers.enumerated() {
            add(
                1, main,
                .declareActor(
                    TraceActor(
                        id: worker, kind: .thread, name: "worker-\(index + 1)",
                        parent: main)))
        }
        add(2, workers[0], .transition(.running))
        add(2.2, workers[0], .operation(lock, .acquire))
        add(3, workers[1], .transition(.running))
        add(4, workers[1], .transition(.blocked(on: lock)))
        add(5, workers[2], .transition(.running))
        add(6, workers[2], .transition(.blocked(on: lock)))
        add(8, main, .operation(jobs, .put(item: "1")))
        add(9, main, .operation(jobs, .put(item: "2")))
        add(10, main, .operation(jobs, .put(item: "3")))
        add(
            12, main,
            .declareActor(TraceActor(id: child, kind: .process, name: "child", parent: main, pid: 4243)))
        add(13, child, .transition(.running))
        add(14, workers[0], .transition(.sleeping(untilNanos: ms(20))))
        add(20, workers[0], .transition(.running))
        add(22, child, .transition(.done(.exited(0))))
        add(24, main, .transition(.waiting(.join(workers[0]))))
        add(30, main, .result(name: "lost", value: "0"))
        return events
    }

    static var timeline: Timeline {
        var timeline = Timeline()
        timeline.append(events)
        return timeline
    }
}
