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
}
