import Messages

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
///
/// The value is read by programs too (`--json`, `result NAME=VALUE`), so it is worded in English
/// whatever the language: a demo words its reason with a catalogue entry whose key has
/// `.not-measured.` in it, and ``notMeasuredReason(of:)`` turns it back into the student's
/// language.
extension DemoResult {
    private static let notMeasuredPrefix = "not measured: "

    /// The value of a result that could not be measured, for `reason` (in English).
    public static func notMeasured(because reason: String) -> String {
        notMeasuredPrefix + reason
    }

    /// Why `value` could not be measured, in the current language, or nil when it is a
    /// measurement.
    public static func notMeasuredReason(of value: String) -> String? {
        notMeasuredReason(of: value, in: CurrentLanguage.value)
    }

    /// Why `value` could not be measured, in `language`; a reason no catalogue entry words is
    /// shown as it is.
    public static func notMeasuredReason(of value: String, in language: Language) -> String? {
        guard value.hasPrefix(notMeasuredPrefix) else { return nil }
        let reason = String(value.dropFirst(notMeasuredPrefix.count))
        return NotMeasuredWording.translate(reason, into: language) ?? reason
    }
}
