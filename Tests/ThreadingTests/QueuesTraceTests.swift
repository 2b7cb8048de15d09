import Testing
import Trace

@testable import Threading

@Suite("queue tracing")
struct QueuesTraceTests {
    @Test("a producer blocked on a full queue: declaration, waiting, labels and contents all add up")
    func producerBlocksOnFullQueue() throws {
        let stage = QueueTestStage()
        let queue = stage.actingAsMain { Queue<String>(maxsize: 2, name: "jobs", tracer: stage.tracer) }
        let id = queue.core.state.resource
        let (producer, thread) = try stage.spawn("producer") {
            for job in ["a", "b", "c"] {
                try? queue.put(job)
            }
        }
        #expect(stage.waitFor(producer, toReport: .waiting(.queue(id, .full))))
        let first = try stage.actingAsMain { try queue.get() }
        thread.join()
        #expect(first == "a")

        let events = stage.recorder.events
        #expect(
            events.contains {
                $0.actor == stage.main
                    && $0.kind
                        == .declareResource(TraceResource(id: id, kind: .queue, name: "jobs", capacity: 2))
            })
        let producerStory = events.filter { $0.actor == producer }.map(\.kind).dropFirst(2)
        #expect(
            Array(producerStory) == [
                .operation(id, .put(item: "a")),
                .operation(id, .put(item: "b")),
                .transition(.waiting(.queue(id, .full))),
                .transition(.running),
                .operation(id, .put(item: "c")),
            ])
        #expect(events.contains { $0.actor == stage.main && $0.kind == .operation(id, .get(item: "a")) })

        let state = stage.state
        #expect(state.state(of: producer) == .running)
        #expect(state.waiters(of: id).isEmpty)
        #expect(state.contents(of: id) == ["b", "c"])
        #expect(state.contents(of: id) == [try queue.getNowait(), try queue.getNowait()])
    }

    @Test("a priority queue records the item it actually removed, so the contents stay right")
    func priorityLabels() throws {
        let stage = QueueTestStage()
        let queue = PriorityQueue<Int, String>(tracer: stage.tracer)
        let id = queue.core.state.resource
        for (priority, name) in [(2, "b"), (1, "a"), (2, "c"), (0, "z")] {
            try queue.put(priority: priority, name)
        }
        #expect(try queue.get().element == "z")
        #expect(try queue.get().element == "a")
        #expect(stage.state.contents(of: id) == ["(2, \"b\")", "(2, \"c\")"])
        let gets = stage.recorder.events.compactMap { event -> String? in
            if case .operation(id, .get(let label)) = event.kind { label } else { nil }
        }
        #expect(gets == ["(0, \"z\")", "(1, \"a\")"])
    }

    @Test("an immediate shutdown empties the traced contents too")
    func shutdownClearsContents() throws {
        let stage = QueueTestStage()
        let queue = Queue<Int>(tracer: stage.tracer)
        for value in 1...3 {
            try queue.put(value)
        }
        queue.shutdown(immediate: true)
        #expect(stage.state.contents(of: queue.core.state.resource).isEmpty)
    }

    @Test("labels are cut to 40 characters; an untraced queue records nothing")
    func labels() throws {
        let stage = QueueTestStage()
        let queue = LifoQueue<String>(tracer: stage.tracer)
        try queue.put(String(repeating: "x", count: 100))
        let label = stage.state.contents(of: queue.core.state.resource).first
        #expect(label?.count == 40)
        #expect(label?.hasSuffix("…") == true)

        let untraced = Queue<Int>(tracer: .disabled)
        try untraced.put(1)
        #expect(untraced.core.state.resource == .unassigned)
    }
}
