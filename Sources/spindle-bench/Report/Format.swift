import Foundation

/// Numbers as the tables print them: three significant figures with k, M, G.
enum Format {
    static func figure(_ value: Double, _ unit: BenchUnit) -> String {
        switch unit {
        case .ratio: return factor(value)
        case .bytes: return "\(Int(value.rounded())) B"
        case .perSecond, .bytesPerSecond:
            let suffix = unit == .perSecond ? "/s" : "B/s"
            let (scaled, prefix): (Double, String) =
                value >= 1e9
                ? (value / 1e9, "G")
                : value >= 1e6 ? (value / 1e6, "M") : value >= 1e3 ? (value / 1e3, "k") : (value, "")
            return significant(scaled) + " " + prefix + suffix
        }
    }

    static func factor(_ value: Double) -> String {
        significant(value) + "x"
    }

    /// A latency in nanoseconds, in the largest unit that keeps it at 1 or more: `850 ns`,
    /// `12.3 µs`, `1.20 ms`, `2.00 s`.
    static func duration(nanoseconds: UInt64) -> String {
        let value = Double(nanoseconds)
        let (scaled, unit): (Double, String) =
            value >= 1e9
            ? (value / 1e9, "s")
            : value >= 1e6 ? (value / 1e6, "ms") : value >= 1e3 ? (value / 1e3, "µs") : (value, "ns")
        return (unit == "ns" ? String(nanoseconds) : significant(scaled)) + " " + unit
    }

    static func percent(_ fraction: Double) -> String {
        "±" + String(format: "%.0f%%", fraction * 100)
    }

    private static func significant(_ value: Double) -> String {
        value >= 100
            ? String(format: "%.0f", value)
            : value >= 10 ? String(format: "%.1f", value) : String(format: "%.2f", value)
    }
}
