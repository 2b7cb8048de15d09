/// Short source text for an expression, to describe a thread's next step ("read counter",
/// "acquire lock") without keeping the source file around.
enum SourceText {
    static func of(_ expression: PyExpression) -> String {
        switch expression.kind {
        case .name(let name): name
        case .integer(let value): String(value)
        case .boolean(let value): value ? "True" : "False"
        case .string(let value): "'\(value)'"
        case .none: "None"
        case .attribute(let base, let name): "\(of(base)).\(name)"
        case .subscripted(let base, let index): "\(of(base))[\(of(index))]"
        case .call(let callee, let arguments, let keywords):
            "\(of(callee))(\(arguments.isEmpty && keywords.isEmpty ? "" : "…"))"
        case .unary(let unaryOperator, let operand):
            unaryOperator == .not ? "not \(of(operand))" : "\(unaryOperator.rawValue)\(of(operand))"
        case .binary(let binaryOperator, let left, let right):
            "\(of(left)) \(binaryOperator.rawValue) \(of(right))"
        case .formattedString: "f-string"
        case .list: "[…]"
        case .tuple: "(…)"
        case .dictionary: "{…}"
        case .comparison, .logical, .conditional: "condition"
        case .lambda: "lambda"
        }
    }
}
