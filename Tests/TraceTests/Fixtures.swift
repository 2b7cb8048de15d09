import Trace

/// Shorthands so scenarios read like the demos that would produce them.
enum Fixtures {
    static let main = ActorID(1)
    static let worker1 = ActorID(2)
    static let worker2 = ActorID(3)
    static let lock = ResourceID(1)
    static let rlock = ResourceID(2)
    static let queue = ResourceID(3)

    static func event(_ millis: Double, _ actor: ActorID, _ kind: TraceEvent.Kind, note: String? = nil)
        -> TraceEvent
    {
        TraceEvent(time: 1_000_000_000 + UInt64(millis * 1_000_000), actor: actor, kind: kind, note: note)
    }

    /// A trace using every event kind, state, wait, exit status and operation,
    /// with awkward strings and extreme numbers to catch lossy encoding.
    static let everything: [TraceEvent] = {
        let states: [ActorState] = [
            .new, .ready, .running,
            .blocked(on: lock),
            .waiting(.join(worker1)),
            .waiting(.condition(ResourceID(4))),
            .waiting(.queue(queue, .empty)),
            .waiting(.queue(queue, .full)),
            .waiting(.pipe(ResourceID(5))),
            .waiting(.event(ResourceID(6))),
            .waiting(.barrier(ResourceID(7))),
            .sleeping(untilNanos: nil),
            .sleeping(untilNanos: TraceLimits.maximumTime),
            .done(.exited(0)),
            .done(.exited(-1)),
            .done(.signalled(9)),
            .done(.failed("boom: \"quoted\"\nsecond line / slash")),
        ]
        let operations: [ResourceOperation] = [
            .acquire, .release,
            .put(item: "item 1"), .get(item: nil), .get(item: "prio 3"),
            .send(item: "b'\\x00'"), .receive(item: nil), .receive(item: "chunk"),
            .notify(count: 2), .notifyAll, .set, .clear,
            .read(value: nil), .read(value: Int64.min), .write(value: Int64.max), .write(value: nil),
        ]
        var kinds: [TraceEvent.Kind] = [
            .declareActor(TraceActor(id: main, kind: .process, name: "main", pid: 4242)),
            .declareActor(TraceActor(id: worker1, kind: .thread, name: "工人-1", parent: main)),
            .declareActor(TraceActor(id: worker2, kind: .task, name: "", parent: worker1, pid: Int32.min)),
        ]
        kinds += ResourceKind.allCases.enumerated().map { index, kind in
            .declareResource(
                TraceResource(
                    id: ResourceID(index + 1), kind: kind, name: "\(kind)",
                    capacity: index.isMultiple(of: 2) ? index : nil))
        }
        kinds += states.map { .transition($0) }
        kinds += operations.map { .operation(queue, $0) }
        kinds += [.result(name: "lost", value: "1234"), .note("emoji 🧵 and tab\t")]
        return kinds.enumerated().map { index, kind in
            TraceEvent(
                time: index == 0 ? TraceLimits.maximumTime : UInt64(index) * 9_007_199_254_740_993,
                actor: ActorID(index % 3 + 1), kind: kind,
                note: index.isMultiple(of: 4) ? "note \(index)" : nil)
        }
    }()
}
