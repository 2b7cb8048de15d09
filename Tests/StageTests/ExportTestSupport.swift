import Foundation
import Testing

/// Parsed JSON, with the casts that every export test needs.
enum ExportJSON {
    static func object(_ text: String) throws -> [String: Any] {
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        return try #require(parsed as? [String: Any], "not a JSON object: \(text)")
    }

    static func array(_ text: String) throws -> [Any] {
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        return try #require(parsed as? [Any], "not a JSON array: \(text)")
    }

    /// A JSON number; `nil` for strings, so a quoted number fails the test.
    static func number(_ value: Any?) -> Double? {
        guard !(value is String), let number = value as? NSNumber else { return nil }
        return number.doubleValue
    }

    static func integer(_ value: Any?) -> Int64? {
        guard !(value is String), let number = value as? NSNumber else { return nil }
        return number.int64Value
    }

    /// Microseconds with three decimals back to whole nanoseconds, so comparisons are exact.
    static func nanoseconds(_ value: Any?) -> Int64? {
        number(value).map { Int64(($0 * 1000).rounded()) }
    }
}
