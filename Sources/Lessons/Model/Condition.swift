import Foundation

/// A test on a demo result, written in a prediction as `= 0`, `> 0`, `< 10`, `>= 1`, `<= 5`,
/// `!= 0`, `between 1 and 99` (inclusive) or `one of [parent, child]`.
public enum Condition: Sendable, Equatable {
    /// The result equals the value (numerically when both are numbers).
    case equal(ResultValue)
    /// The result differs from the value.
    case notEqual(ResultValue)
    /// The result is a number below the bound.
    case less(Double)
    /// The result is a number at or below the bound.
    case lessOrEqual(Double)
    /// The result is a number above the bound.
    case greater(Double)
    /// The result is a number at or above the bound.
    case greaterOrEqual(Double)
    /// The result is a number within the bounds, both included.
    case between(Double, Double)
    /// The result equals one of the values.
    case oneOf([ResultValue])

    /// Whether a measured result meets the condition.
    public func isMet(by value: ResultValue) -> Bool {
        switch self {
        case .equal(let expected): value == expected
        case .notEqual(let expected): value != expected
        case .less(let bound): value.number.map { $0 < bound } ?? false
        case .lessOrEqual(let bound): value.number.map { $0 <= bound } ?? false
        case .greater(let bound): value.number.map { $0 > bound } ?? false
        case .greaterOrEqual(let bound): value.number.map { $0 >= bound } ?? false
        case .between(let low, let high): value.number.map { low <= $0 && $0 <= high } ?? false
        case .oneOf(let values): values.contains(value)
        }
    }
}

extension Condition {
    /// Every number the condition compares with.
    public var numbers: [Double] {
        switch self {
        case .equal(let value), .notEqual(let value): value.number.map { [$0] } ?? []
        case .less(let bound), .lessOrEqual(let bound), .greater(let bound), .greaterOrEqual(let bound):
            [bound]
        case .between(let low, let high): [low, high]
        case .oneOf(let values): values.compactMap(\.number)
        }
    }
}

/// A value a demo reports as a result (`result lost=1234`): a number or a word.
public enum ResultValue: Sendable, Hashable, CustomStringConvertible {
    /// A numeric result; integers are stored exactly up to 2^53.
    case number(Double)
    /// Any other result (`parent`, `yes`).
    case word(String)

    /// Reads a result as written: a number when it parses as one, otherwise a word.
    public init(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let number = Double(trimmed), number.isFinite {
            self = .number(number)
        } else {
            self = .word(trimmed)
        }
    }

    /// The numeric value, if the result is a number.
    public var number: Double? {
        if case .number(let number) = self { number } else { nil }
    }

    /// The value as a student would write it: `3`, not `3.0`.
    public var description: String {
        switch self {
        case .number(let number):
            if number == number.rounded(), abs(number) < 1e15 {
                String(Int64(number))
            } else {
                String(number)
            }
        case .word(let word): word
        }
    }
}
