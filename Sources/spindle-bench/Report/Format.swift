import Foundation

/// Numbers as the tables print them: three significant figures with k, M, G.
enum Format {
    static func figure(_ value: Double, _ unit: BenchUnit) -> String {
        switch unit {
        case .ratio: return factor(value)
        case .bytes: return "\(Int(value.rounded())) B"
        case .perSecond, .bytesPerSecond:
            let suffix = unit == .perSecond ? "/s" : "B/s"
            let (scaled, prefix) = scaled(value, units: [(1e9, "G"), (1e6, "M"), (1e3, "k"), (1, "")])
            return significant(scaled) + " " + prefix + suffix
        }
    }

    static func factor(_ value: Double) -> String {
        significant(value) + "x"
    }

    /// A latency in nanoseconds, in the largest unit that keeps it at 1 or more: `850 ns`,
    /// `12.3 µs`, `1.20 ms`, `2.00 s`.
    static func duration(nanoseconds: UInt64) -> String {
        let (scaled, unit) = scaled(
            Double(nanoseconds), units: [(1e9, "s"), (1e6, "ms"), (1e3, "µs"), (1, "ns")])
        return (unit == "ns" ? String(nanoseconds) : significant(scaled)) + " " + unit
    }

    static func percent(_ fraction: Double) -> String {
        "±" + String(format: "%.0f%%", fraction * 100)
    }

    /// `value` in the largest of `units` (largest first) that keeps it at 1 or more once rounded
    /// to three significant figures, so 999,999 ns reads `1.00 ms`, never `1000 µs`.
    private static func scaled(_ value: Double, units: [(size: Double, name: String)]) -> (Double, String) {
        let rounded = roundedToSignificantFigures(value)
        let unit = units.first { rounded >= $0.size } ?? units[units.count - 1]
        return (value / unit.size, unit.name)
    }

    private static func roundedToSignificantFigures(_ value: Double) -> Double {
        guard value > 0 else { return value }
        let magnitude = pow(10, floor(log10(value)) - 2)
        return (value / magnitude).rounded() * magnitude
    }

    private static func significant(_ value: Double) -> String {
        value >= 100
            ? String(format: "%.0f", value)
            : value >= 10 ? String(format: "%.1f", value) : String(format: "%.2f", value)
    }
}
