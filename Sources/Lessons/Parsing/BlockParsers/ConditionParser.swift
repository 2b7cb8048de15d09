import Messages

/// Reads a prediction choice's `when` condition.
enum ConditionParser {
    /// The forms an instructor can write, for error messages.
    static let forms = "`= V`, `!= V`, `< N`, `<= N`, `> N`, `>= N`, `between A and B` or `one of [a, b]`"

    /// The condition, or the message explaining why `text` is not one.
    static func parse(_ text: String) -> Result<Condition, ConditionError> {
        parseForm(text).flatMap { condition in
            guard
                let number = condition.numbers.first(where: { abs($0) > Double(LessonLimits.numberMagnitude) }
                )
            else {
                return .success(condition)
            }
            return .failure(
                ConditionError(
                    message: Messages.text(
                        "lint.condition.beyond-limit",
                        [
                            "condition": text, "number": "\(ResultValue.number(number))",
                            "max": "\(LessonLimits.numberMagnitude)",
                        ])))
        }
    }

    private static func parseForm(_ text: String) -> Result<Condition, ConditionError> {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        if words.first?.lowercased() == "between" {
            return parseBetween(words)
        }
        if words.count >= 2, words[0].lowercased() == "one", words[1].lowercased() == "of" {
            return parseOneOf(text.drop { $0 != "[" })
        }
        // Two-character operators first, so `<=` is not read as `<` followed by `=5`.
        for op in ["!=", "<=", ">=", "=", "<", ">"] where text.hasPrefix(op) {
            return parseComparison(op, operand: String(text.dropFirst(op.count)), text: text)
        }
        return .failure(
            ConditionError(
                message: Messages.text("lint.condition.not-understood", ["condition": text, "forms": forms])))
    }

    private static func parseComparison(_ op: String, operand: String, text: String) -> Result<
        Condition, ConditionError
    > {
        let value = ResultValue(parsing: operand)
        if case .word(let word) = value, word.isEmpty {
            return .failure(
                ConditionError(
                    message: Messages.text(
                        "lint.condition.nothing-to-compare", ["condition": text, "op": op])))
        }
        switch op {
        case "=": return .success(.equal(value))
        case "!=": return .success(.notEqual(value))
        default: break
        }
        guard let number = value.number else {
            return .failure(
                ConditionError(
                    message: Messages.text(
                        "lint.condition.not-a-number", ["condition": text, "value": "\(value)", "op": op])))
        }
        switch op {
        case "<": return .success(.less(number))
        case "<=": return .success(.lessOrEqual(number))
        case ">": return .success(.greater(number))
        default: return .success(.greaterOrEqual(number))
        }
    }

    private static func parseBetween(_ words: [Substring]) -> Result<Condition, ConditionError> {
        let text = words.joined(separator: " ")
        guard words.count == 4, words[2].lowercased() == "and",
            let low = ResultValue(parsing: String(words[1])).number,
            let high = ResultValue(parsing: String(words[3])).number
        else {
            return .failure(
                ConditionError(
                    message: Messages.text("lint.condition.between", ["condition": text])))
        }
        guard low <= high else {
            return .failure(
                ConditionError(
                    message: Messages.text(
                        "lint.condition.reversed",
                        [
                            "condition": text, "high": "\(ResultValue.number(high))",
                            "low": "\(ResultValue.number(low))",
                        ])
                ))
        }
        return .success(.between(low, high))
    }

    private static func parseOneOf(_ list: Substring) -> Result<Condition, ConditionError> {
        guard list.hasPrefix("["), list.hasSuffix("]") else {
            return .failure(
                ConditionError(
                    message: Messages.text("lint.condition.one-of-list")))
        }
        let values = list.dropFirst().dropLast()
            .split(separator: ",")
            .map { ResultValue(parsing: String($0)) }
        guard !values.isEmpty, !values.contains(.word("")) else {
            return .failure(
                ConditionError(
                    message: Messages.text("lint.condition.one-of-empty", ["list": String(list)])))
        }
        return .success(.oneOf(values))
    }
}

/// Why a condition could not be read, as a one-line diagnostic message.
struct ConditionError: Error {
    var message: String
}
