import Testing

@Suite("Demo: producer-consumer")
struct ProducerConsumerDemoTests {
    @Test("every item put comes out exactly once, and the late consumers make producers wait")
    func everyItemOnce() async throws {
        let run = try await runDemo(
            "producer-consumer", ["producers=3", "consumers=2", "items=2000", "capacity=5"])
        #expect(try run.number("produced") == 6000)
        #expect(try run.number("consumed") == 6000)
        #expect(try run.number("seen_once") == 6000)
        #expect(try run.number("producer_waits") >= 1)
    }

    @Test("when everything fits in the queue, no put waits")
    func roomyQueueNeverWaits() async throws {
        let run = try await runDemo(
            "producer-consumer", ["producers=2", "consumers=3", "items=4", "capacity=8"])
        #expect(try run.number("consumed") == 8)
        #expect(try run.number("seen_once") == 8)
        #expect(try run.number("producer_waits") == 0)
    }

    @Test("threads are named lanes, and only the first rounds are traced in detail")
    func lanesAndGate() async throws {
        let run = try await runDemo("producer-consumer", ["producers=2", "consumers=2", "items=500"])
        #expect(
            Set(run.actors.map(\.name)).isSuperset(of: [
                "producer-1", "producer-2", "consumer-1", "consumer-2",
            ]))
        #expect(run.events.count < 600)
        #expect(run.notes.contains { $0.contains("run at full speed") })
    }
}
