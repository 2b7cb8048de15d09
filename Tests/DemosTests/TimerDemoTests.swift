import Testing

@Suite("Demo: timer")
struct TimerDemoTests {
    @Test("one timer fires after about its delay, the cancelled one never does")
    func firesAndCancels() throws {
        let run = try runDemo("timer", ["delay=0.3"])
        #expect(try run.number("fired") == 1)
        #expect(try run.number("cancelled") == 1)
        #expect(try run.number("requested_s") == 0.3)
        let measured = try run.number("delay_s")
        #expect(measured >= 0.3 && measured < 0.6)
    }

    @Test("a timer longer than the time limit is cancelled and the demo ends cleanly")
    func timeLimit() throws {
        let run = try runDemo("timer", ["delay=10", "time_limit=1"], expectCompleted: false)
        guard case .stoppedEarly(let reason) = run.outcome.ending else {
            Issue.record("expected an early stop, got \(run.outcome.ending)")
            return
        }
        #expect(reason.contains("time limit"))
        #expect(try run.number("fired") == 0)
    }
}
