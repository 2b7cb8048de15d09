import TestSupport
import Testing

@Suite("Demo: pipe-pingpong", .forksProcesses)
struct PipePingpongDemoTests {
    @Test("every ping is answered by its pong, and the rate is measured")
    func everyPingAnswered() async throws {
        let run = try await runDemo("pipe-pingpong", ["rounds=3000"])
        #expect(try run.number("round_trips") == 3_000)
        #expect(try run.number("messages") == 6_000)
        #expect(try run.number("round_trips_per_s") > 0)
    }

    @Test("both processes stop tracing after the first rounds")
    func detailIsGated() async throws {
        let run = try await runDemo("pipe-pingpong", ["rounds=5000"])
        #expect(run.events.count < 200)
        #expect(Set(run.actors.map(\.name)).contains("ponger"))
    }

    @Test("with no round at full speed there is no rate to measure, and the demo says so")
    func tooFewRounds() async throws {
        let run = try await runDemo("pipe-pingpong", ["rounds=2"])
        #expect(try run.number("round_trips") == 2)
        #expect(try run.number("messages") == 4)
        #expect(try run.number("round_trips_per_s") == 0)
        #expect(run.notes.contains { $0.contains("no round ran at full speed") })
    }
}
