/// The second table: for each round-trip case, the latency of one round trip by each
/// implementation, as `p50 / p99 / max`.
enum LatencyTable {
    /// Nil when no case of `results` timed its round trips.
    static func render(_ results: [CaseResult], counterparts: [Counterpart]) -> String? {
        let timed = results.filter { $0.spindle.latency != nil }
        guard !timed.isEmpty else { return nil }
        let header = ["case", "Spindle"] + counterparts.map(\.label)
        let rows = timed.map { result in
            [result.benchCase.name, cell(result.spindle.latency)]
                + counterparts.map { cell(result.counterparts[$0.key]?.latency) }
        }
        return TextTable.render([header] + rows)
    }

    /// `12.3 µs / 45.6 µs / 1.20 ms`, or `-` for an implementation that did not time them.
    static func cell(_ latency: Latency?) -> String {
        guard let latency else { return "-" }
        return [latency.p50, latency.p99, latency.max].map { Format.duration(nanoseconds: $0) }.joined(
            separator: " / ")
    }

    /// The TSV notes of one implementation's latency: `p50_ns=N p99_ns=N max_ns=N`, each name
    /// after `prefix` (`c_p50_ns=N` for C's).
    static func notes(_ latency: Latency?, prefix: String = "") -> [String] {
        guard let latency else { return [] }
        return [
            "\(prefix)p50_ns=\(latency.p50)", "\(prefix)p99_ns=\(latency.p99)",
            "\(prefix)max_ns=\(latency.max)",
        ]
    }
}
