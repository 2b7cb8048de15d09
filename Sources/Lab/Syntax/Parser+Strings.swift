import Messages

/// String atoms: adjacent literals joined into one, as Python joins them, and f-string fields
/// parsed with the expression parser at their own place in the program.
extension Parser {
    mutating func parseStrings() throws(LabSyntaxError) -> PyExpression {
        let start = current.position
        var parts: [FormattedStringPart] = []
        // Literal text is gathered here until a field interrupts it, so joining many
        // literals stays linear.
        var pendingText = ""
        var isFormatted = false
        while true {
            switch current.kind {
            case .string(let text):
                pendingText += text
            case .formattedString(let segments):
                isFormatted = true
                for segment in segments {
                    switch segment {
                    case .literal(let text):
                        pendingText += text
                    case .field(let source, let position):
                        if !pendingText.isEmpty { parts.append(.literal(pendingText)) }
                        pendingText = ""
                        parts.append(.field(try parseField(source, at: position)))
                    }
                }
            default:
                guard isFormatted else { return PyExpression(.string(pendingText), at: start) }
                if !pendingText.isEmpty { parts.append(.literal(pendingText)) }
                return PyExpression(.formattedString(parts), at: start)
            }
            advance()
        }
    }

    private func parseField(_ source: [Unicode.Scalar], at position: SourcePosition) throws(LabSyntaxError)
        -> PyExpression
    {
        guard source.contains(where: { !$0.properties.isWhitespace }) else {
            throw error(
                Messages.text("lab.syntax.empty-field", ["open": "`{`", "close": "`}`"]), at: position)
        }
        let tokens = try Lexer.tokenizeField(source, file: file, at: position)
        var fieldParser = Parser(file: file, tokens: tokens, depth: depth)
        let expression = try fieldParser.parseExpressionList()
        guard fieldParser.current.kind == .endOfFile else {
            throw fieldParser.unexpected("lab.syntax.expected.field-close")
        }
        return expression
    }
}
