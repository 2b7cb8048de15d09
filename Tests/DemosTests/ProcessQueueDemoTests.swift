import TestSupport
import Testing

@Suite("Demo: process-queue", .forksProcesses)
struct ProcessQueueDemoTests {
    @Test("every item put is got once, and the queue never holds more than its maxsize")
    func nothingLost() async throws {
        let run = try await runDemo(
            "process-queue", ["producers=3", "consumers=2", "items=2000", "capacity=4"])
        #expect(try run.number("produced") == 6_000)
        #expect(try run.number("consumed") == 6_000)
        #expect(try run.number("lost") == 0)
        #expect(try run.number("max_in_queue") <= 4)
        #expect(!run.notes.contains { $0.contains("not the items that went in") })
    }

    @Test("with more consumers than producers, each consumer still stops at its sentinel")
    func sentinelsEndEveryConsumer() async throws {
        let run = try await runDemo(
            "process-queue", ["producers=1", "consumers=4", "items=50", "capacity=1"])
        #expect(try run.number("consumed") == 50)
        #expect(try run.number("max_in_queue") <= 1)
        #expect(Set(run.actors.map(\.name)).isSuperset(of: ["consumer-1", "consumer-4", "producer-1"]))
    }

    @Test("only the first items are traced in detail")
    func detailIsGated() async throws {
        let run = try await runDemo("process-queue", ["producers=2", "consumers=2", "items=5000"])
        #expect(run.events.count < 600)
        #expect(run.notes.filter { $0.contains("run at full speed") }.count == 4)
    }
}
