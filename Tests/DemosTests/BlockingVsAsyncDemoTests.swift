import Testing

@Suite("Demo: blocking-vs-async")
struct BlockingVsAsyncDemoTests {
    @Test("a blocked caller does no other work; the other three ways do some while they wait")
    func ticksWhileWaiting() async throws {
        let run = try await runDemo("blocking-vs-async", ["delay=0.3", "tick=0.02"])
        #expect(try run.number("blocking_ticks") == 0)
        #expect(try run.number("polling_ticks") >= 1)
        #expect(try run.number("callback_ticks") >= 1)
        #expect(try run.number("await_ticks") >= 1)
    }

    @Test("polling asks once more than it does ticks: the last check finds the answer")
    func pollingChecks() async throws {
        let run = try await runDemo("blocking-vs-async", ["delay=0.2", "tick=0.05"])
        #expect(try run.number("polling_checks") == run.number("polling_ticks") + 1)
        #expect(Set(run.actors.map(\.name)).contains("callee"))
    }
}
