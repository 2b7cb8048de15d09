import Testing

@Suite("Demo: timer")
struct TimerDemoTests {
    @Test("one timer fires, never before its delay; the cancelled one never does")
    func firesAndCancels() async throws {
        let run = try await runDemo("timer", ["delay=0.3"])
        #expect(try run.number("fired") == 1)
        #expect(try run.number("cancelled") == 1)
        #expect(try run.number("requested_s") == 0.3)
        #expect(try run.number("delay_s") >= run.number("requested_s"))
    }
}
