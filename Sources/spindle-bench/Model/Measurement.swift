/// The figures of several runs of one case by one implementation.
struct Measurement: Sendable, Codable {
    let runs: [Double]
    /// Each run's round-trip latency, in the order of `runs`; empty for a case that has none.
    let latencies: [Latency]

    init(runs: [Double], latencies: [Latency] = []) {
        self.runs = runs
        self.latencies = latencies
    }

    init(_ caseRuns: [CaseRun]) {
        let latencies = caseRuns.compactMap(\.latency)
        self.init(
            runs: caseRuns.map(\.figure), latencies: latencies.count == caseRuns.count ? latencies : [])
    }

    var median: Double { Self.median(runs) }

    var minimum: Double { runs.min() ?? 0 }
    var maximum: Double { runs.max() ?? 0 }

    /// Half the range as a fraction of the median: the ± a table shows.
    var spread: Double {
        median > 0 ? (maximum - minimum) / 2 / median : 0
    }

    /// The median over the runs of each run's p50, p99 and max, as the rate is a median of runs.
    var latency: Latency? {
        guard !latencies.isEmpty else { return nil }
        return Latency(
            p50: UInt64(Self.median(latencies.map { Double($0.p50) }).rounded()),
            p99: UInt64(Self.median(latencies.map { Double($0.p99) }).rounded()),
            max: UInt64(Self.median(latencies.map { Double($0.max) }).rounded()))
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
