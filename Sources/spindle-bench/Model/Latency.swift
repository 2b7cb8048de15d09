/// The latency of one round trip over a run: its median, 99th percentile and largest, in
/// nanoseconds.
struct Latency: Sendable, Codable, Equatable {
    let p50: UInt64
    let p99: UInt64
    let max: UInt64

    /// The line a counterpart prints before its figure: `latency_ns p50=N p99=N max=N`.
    /// Readers that only know the figure take the last line and never see it.
    static let linePrefix = "latency_ns"

    var line: String { "\(Self.linePrefix) p50=\(p50) p99=\(p99) max=\(max)" }

    init(p50: UInt64, p99: UInt64, max: UInt64) {
        self.p50 = p50
        self.p99 = p99
        self.max = max
    }

    /// Reads a ``line``; nil for anything else, fields in any order, all three required.
    init?(line: Substring) {
        let words = line.split(separator: " ")
        guard words.first == Substring(Self.linePrefix) else { return nil }
        var fields: [Substring: UInt64] = [:]
        for word in words.dropFirst() {
            let parts = word.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, let value = UInt64(parts[1]) else { return nil }
            fields[parts[0]] = value
        }
        guard let p50 = fields["p50"], let p99 = fields["p99"], let max = fields["max"] else { return nil }
        self.init(p50: p50, p99: p99, max: max)
    }
}
