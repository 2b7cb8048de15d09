import Testing

@testable import spindle_bench

/// The timer the round-trip cases use: the first round trip only starts the clock.
@Suite("Round-trip timer")
struct RoundTripTimerTests {
    @Test("one round trip gives no latency: it only started the clock")
    func oneRoundTrip() {
        let timer = RoundTripTimer()
        timer.ended(roundTrip: 0)
        #expect(timer.latency == nil)
    }

    @Test("later round trips give percentiles in order")
    func percentilesInOrder() throws {
        let timer = RoundTripTimer()
        for index in 0..<100 { timer.ended(roundTrip: index) }
        let latency = try #require(timer.latency)
        #expect(latency.p50 <= latency.p99)
        #expect(latency.p99 <= latency.max)
    }
}
