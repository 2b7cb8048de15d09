import Testing

@testable import spindle_bench

/// How latencies are printed in the table and in TSV.
@Suite("Latency formatting")
struct LatencyFormatTests {
    @Test(
        "a duration takes the largest unit that keeps it at 1 or more, with three significant figures",
        arguments: [
            (0, "0 ns"), (850, "850 ns"), (999, "999 ns"), (1_000, "1.00 µs"), (12_345, "12.3 µs"),
            (123_456, "123 µs"), (1_200_000, "1.20 ms"), (2_000_000_000, "2.00 s"),
            // Three significant figures would round these up to 1000 of the smaller unit.
            (999_999, "1.00 ms"), (999_500, "1.00 ms"), (999_499, "999 µs"), (999_999_999, "1.00 s"),
        ] as [(UInt64, String)])
    func duration(nanoseconds: UInt64, expected: String) {
        #expect(Format.duration(nanoseconds: nanoseconds) == expected)
    }

    @Test("a table cell is p50 / p99 / max, or a dash when the implementation did not time them")
    func cell() {
        #expect(
            LatencyTable.cell(Latency(p50: 5_310, p99: 11_500, max: 7_350_000))
                == "5.31 µs / 11.5 µs / 7.35 ms")
        #expect(LatencyTable.cell(nil) == "-")
    }

    @Test("TSV notes name each percentile in nanoseconds, after the implementation's key")
    func notes() {
        let latency = Latency(p50: 1, p99: 2, max: 3)
        #expect(LatencyTable.notes(latency) == ["p50_ns=1", "p99_ns=2", "max_ns=3"])
        #expect(LatencyTable.notes(latency, prefix: "c_") == ["c_p50_ns=1", "c_p99_ns=2", "c_max_ns=3"])
        #expect(LatencyTable.notes(nil).isEmpty)
    }

    @Test("a measurement's latency is the median over its runs of each percentile")
    func medianOverRuns() {
        let measurement = Measurement([
            CaseRun(10, latency: Latency(p50: 5, p99: 50, max: 900)),
            CaseRun(20, latency: Latency(p50: 7, p99: 40, max: 100)),
            CaseRun(30, latency: Latency(p50: 6, p99: 60, max: 500)),
        ])
        #expect(measurement.latency == Latency(p50: 6, p99: 50, max: 500))
        #expect(measurement.median == 20)
    }

    @Test("runs that did not all time their round trips give no latency")
    func partialLatency() {
        let measurement = Measurement([CaseRun(10, latency: Latency(p50: 5, p99: 50, max: 900)), CaseRun(20)])
        #expect(measurement.latency == nil)
    }
}
