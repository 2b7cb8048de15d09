import Testing

@Suite("Demo: event-loop")
struct EventLoopDemoTests {
    @Test("one thread serves every client and fires every timer")
    func oneThreadServesAll() async throws {
        let run = try await runDemo("event-loop", ["clients=6", "messages=4", "timers=10"])
        #expect(try run.number("timers_fired") == 10)
        #expect(try run.number("connections_served") == 6)
        #expect(try run.number("messages_echoed") == 24)
        #expect(try run.number("threads_used") == 1)
        #expect(try run.number("max_timer_lateness_ms") >= 0)
    }

    @Test("a blocking call in one callback makes a timer at least that late")
    func blockingFreezesTheLoop() async throws {
        let run = try await runDemo("event-loop", ["clients=2", "timers=4", "block=0.3"])
        #expect(try run.number("max_timer_lateness_ms") >= 300)
        #expect(try run.number("timers_fired") == 4)
        #expect(try run.number("threads_used") == 1)
    }
}
