/// One measured result: `result NAME=VALUE`.
public struct DemoResult: Sendable, Codable, Equatable {
    /// The result's name, as declared in the demo's descriptor.
    public let name: String
    /// The value as the demo formatted it.
    public let value: String

    /// Creates a result.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// What a demo's process hands back when it ends.
struct DemoReport: Sendable, Codable {
    var results: [DemoResult]
    var stopReason: String?
}

/// A result the demo could not measure on this machine, such as a parallel speedup on one free
/// CPU. Its value names the reason, and the tutor shows the reason instead of grading a
/// prediction on a number the machine, not the program, decided.
extension DemoResult {
    private static let notMeasuredPrefix = "not measured: "

    /// The value of a result that could not be measured, for `reason`.
    public static func notMeasured(because reason: String) -> String {
        notMeasuredPrefix + reason
    }

    /// Why `value` could not be measured, or nil when it is a measurement.
    public static func notMeasuredReason(of value: String) -> String? {
        value.hasPrefix(notMeasuredPrefix) ? String(value.dropFirst(notMeasuredPrefix.count)) : nil
    }
}
