import Messages

/// The values a demo result can take, as the demo declares them, so lint can tell a condition
/// that can never hold (`> 5` on a yes/no result) from one the demo decides.
public enum ResultValues: Sendable, Equatable, CustomStringConvertible {
    /// A number within the range; a count is `0...`.
    case number(ClosedRange<Double>)
    /// One of these words (`yes`, `no`).
    case words([String])

    /// The result is `yes` or `no`.
    public static let yesNo = ResultValues.words(["yes", "no"])

    /// "yes or no", "one of parent, child, nowhere", "a number from 0 to 1".
    public var description: String {
        switch self {
        case .words(let words) where words.count == 2:
            return Messages.text("lint.values.either", ["first": words[0], "second": words[1]])
        case .words(let words):
            return Messages.text("lint.values.one-of", ["words": words.joined(separator: ", ")])
        case .number(let range):
            let low = ResultValue.number(range.lowerBound)
            let high = ResultValue.number(range.upperBound)
            if range.upperBound == .infinity {
                return range.lowerBound == -.infinity
                    ? Messages.text("lint.values.any-number")
                    : Messages.text("lint.values.at-least", ["low": "\(low)"])
            }
            if range.lowerBound == -.infinity {
                return Messages.text("lint.values.at-most", ["high": "\(high)"])
            }
            return Messages.text("lint.values.range", ["low": "\(low)", "high": "\(high)"])
        }
    }

    /// Whether some value of this kind meets the condition.
    public func canMeet(_ condition: Condition) -> Bool {
        switch self {
        case .words(let words):
            let possible = words.map(ResultValue.word)
            switch condition {
            case .equal(let value): return possible.contains(value)
            case .notEqual(let value): return possible.contains { $0 != value }
            case .oneOf(let values): return values.contains { possible.contains($0) }
            case .less, .lessOrEqual, .greater, .greaterOrEqual, .between: return false
            }
        case .number(let range):
            switch condition {
            case .equal(let value): return value.number.map(range.contains) ?? false
            case .notEqual: return true
            case .oneOf(let values): return values.contains { $0.number.map(range.contains) ?? false }
            case .less(let bound): return range.lowerBound < bound
            case .lessOrEqual(let bound): return range.lowerBound <= bound
            case .greater(let bound): return range.upperBound > bound
            case .greaterOrEqual(let bound): return range.upperBound >= bound
            case .between(let low, let high): return low <= range.upperBound && range.lowerBound <= high
            }
        }
    }
}

extension Condition: CustomStringConvertible {
    /// The condition as an instructor writes it: `> 5`, `between 1 and 9`, `one of [a, b]`.
    public var description: String {
        switch self {
        case .equal(let value): "= \(value)"
        case .notEqual(let value): "!= \(value)"
        case .less(let bound): "< \(ResultValue.number(bound))"
        case .lessOrEqual(let bound): "<= \(ResultValue.number(bound))"
        case .greater(let bound): "> \(ResultValue.number(bound))"
        case .greaterOrEqual(let bound): ">= \(ResultValue.number(bound))"
        case .between(let low, let high): "between \(ResultValue.number(low)) and \(ResultValue.number(high))"
        case .oneOf(let values): "one of [" + values.map(\.description).joined(separator: ", ") + "]"
        }
    }
}
