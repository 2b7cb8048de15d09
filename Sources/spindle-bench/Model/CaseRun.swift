import Foundation

/// What one run of a case measured: its figure and, for round-trip cases, the latency of a
/// single round trip over the same run.
struct CaseRun: Sendable, Codable {
    let figure: Double
    let latency: Latency?

    init(_ figure: Double, latency: Latency? = nil) {
        self.figure = figure
        self.latency = latency
    }

    /// A counterpart's output: the figure on the last line, a ``Latency/line`` anywhere before
    /// it. Nil when the last line is not a positive finite number.
    init?(counterpartOutput output: String) {
        let lines = output.split(separator: "\n")
        guard let last = lines.last, let figure = Double(last.trimmingCharacters(in: .whitespaces)),
            figure.isFinite, figure > 0
        else { return nil }
        self.init(figure, latency: lines.dropLast().lazy.compactMap { Latency(line: $0) }.last)
    }
}
