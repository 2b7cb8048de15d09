import Testing

@testable import spindle_bench

/// The line a counterpart prints before its figure, and how a whole output is read.
@Suite("Counterpart latency line")
struct LatencyLineTests {
    @Test("a latency line reads back as the latency it was printed from")
    func roundTrip() throws {
        let latency = Latency(p50: 5_240, p99: 7_834, max: 5_131_644)
        #expect(latency.line == "latency_ns p50=5240 p99=7834 max=5131644")
        #expect(Latency(line: Substring(latency.line)) == latency)
    }

    @Test("fields may come in any order")
    func anyOrder() {
        #expect(Latency(line: "latency_ns max=9 p50=1 p99=4") == Latency(p50: 1, p99: 4, max: 9))
    }

    @Test(
        "a line that is not a complete latency line is no latency",
        arguments: [
            "", "5240", "latency_ns", "latency_ns p50=1 p99=2", "latency_ns p50=1 p99=x max=3",
            "latency_us p50=1 p99=2 max=3", "latency_ns p50=-1 p99=2 max=3", "latency_ns p50 p99=2 max=3",
        ])
    func rejected(line: String) {
        #expect(Latency(line: Substring(line)) == nil)
    }

    @Test("an output with only a figure, as before latencies, gives the figure and no latency")
    func figureOnly() throws {
        let run = try #require(CaseRun(counterpartOutput: "146529\n"))
        #expect(run.figure == 146_529)
        #expect(run.latency == nil)
    }

    @Test("an output with a latency line before the figure gives both")
    func figureAndLatency() throws {
        let run = try #require(
            CaseRun(counterpartOutput: "warming up\nlatency_ns p50=5240 p99=7834 max=5131644\n146529.5\n"))
        #expect(run.figure == 146_529.5)
        #expect(run.latency == Latency(p50: 5_240, p99: 7_834, max: 5_131_644))
    }

    @Test(
        "an output whose last line is not a positive figure is no run",
        arguments: ["", "latency_ns p50=1 p99=2 max=3\n", "0\n", "nan\n", "-3\n"])
    func noFigure(output: String) {
        #expect(CaseRun(counterpartOutput: output) == nil)
    }
}
