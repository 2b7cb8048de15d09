import Messages

/// String literals: single- and triple-quoted, raw, and f-strings, whose `{fields}` are cut out
/// here and left for the parser. Escapes are decoded as Python decodes them.
extension Lexer {
    private struct StringStyle {
        var quote: Unicode.Scalar
        var isTriple: Bool
        var isRaw: Bool
        var isFormatted: Bool
    }

    /// The prefixes Python accepts in front of a string literal, in any case.
    static let stringPrefixes: Set<String> = ["r", "u", "f", "b", "br", "rb", "fr", "rf"]

    /// Lexes the literal that starts at the quote under the cursor; `prefix` is the `f`, `r`,
    /// ... already read in front of it.
    mutating func lexString(prefix: String) throws(LabSyntaxError) -> Token.Kind {
        let start = SourcePosition(line: line, column: column - prefix.unicodeScalars.count)
        let letters = Set(prefix.lowercased())
        if letters.contains("b") {
            throw error(Messages.text("lab.lexer.bytes"), at: start)
        }
        let quote = scalars[index]
        let isTriple = peek(1) == quote && peek(2) == quote
        let style = StringStyle(
            quote: quote, isTriple: isTriple, isRaw: letters.contains("r"), isFormatted: letters.contains("f")
        )
        for _ in 0..<(isTriple ? 3 : 1) { advance() }

        var segments: [FormattedStringSegment] = []
        var text = String.UnicodeScalarView()
        while true {
            guard let scalar = peek() else {
                throw error(
                    Messages.text(isTriple ? "lab.lexer.unterminated-triple" : "lab.lexer.unterminated"),
                    at: start)
            }
            if scalar == quote && (!isTriple || (peek(1) == quote && peek(2) == quote)) {
                for _ in 0..<(isTriple ? 3 : 1) { advance() }
                break
            }
            if (scalar == "\n" || scalar == "\r") && !isTriple {
                throw error(Messages.text("lab.lexer.unterminated-line", ["quote": "\(quote)"]), at: start)
            }
            if scalar == "\\" {
                try lexEscape(into: &text, raw: style.isRaw)
            } else if style.isFormatted && (scalar == "{" || scalar == "}") {
                try lexBrace(scalar, style: style, text: &text, segments: &segments)
            } else if scalar == "\r" {
                // A triple-quoted string holds `\n` for every kind of line break, as in Python.
                advance()
                if peek() != "\n" { text.append("\n") }
            } else {
                text.append(scalar)
                advance()
            }
        }
        guard style.isFormatted else { return .string(String(text)) }
        if !text.isEmpty { segments.append(.literal(String(text))) }
        return .formattedString(segments)
    }

    private mutating func lexBrace(
        _ brace: Unicode.Scalar, style: StringStyle, text: inout String.UnicodeScalarView,
        segments: inout [FormattedStringSegment]
    ) throws(LabSyntaxError) {
        let bracePosition = position
        advance()
        if peek() == brace {
            advance()
            text.append(brace)
            return
        }
        guard brace == "{" else {
            throw error(Messages.text("lab.lexer.single-brace"), at: bracePosition)
        }
        if !text.isEmpty {
            segments.append(.literal(String(text)))
            text = String.UnicodeScalarView()
        }
        let fieldStart = position
        let source = try lexFieldSource(style: style, openedAt: bracePosition)
        segments.append(.field(source: source, at: fieldStart))
    }

    /// The source of a field up to its closing `}`, which is consumed. Brackets and nested
    /// string literals are skipped over so that a `}` or `:` inside them does not end it.
    private mutating func lexFieldSource(style: StringStyle, openedAt bracePosition: SourcePosition)
        throws(LabSyntaxError) -> [Unicode.Scalar]
    {
        let unclosed = error(Messages.text("lab.lexer.field-unclosed"), at: bracePosition)
        var source: [Unicode.Scalar] = []
        var depth = 0
        while let scalar = peek() {
            switch scalar {
            case style.quote where !style.isTriple || (peek(1) == style.quote && peek(2) == style.quote):
                throw unclosed
            case "\n" where !style.isTriple, "\r" where !style.isTriple:
                throw unclosed
            case "\\":
                throw error(Messages.text("lab.lexer.field-backslash"), at: position)
            case "#":
                throw error(Messages.text("lab.lexer.field-comment"), at: position)
            case "}" where depth == 0:
                advance()
                return source
            case "(", "[", "{":
                depth += 1
            case ")", "]", "}":
                depth = max(0, depth - 1)
            case "!" where depth == 0 && peek(1) != "=":
                throw error(
                    Messages.text("lab.lexer.field-conversion"), at: position)
            case ":" where depth == 0:
                throw error(
                    Messages.text("lab.lexer.field-format-spec", ["example": "`{x:>5}`"]), at: position)
            case "\"", "'":
                try copyNestedString(into: &source, unclosed: unclosed)
                continue
            default:
                break
            }
            source.append(scalar)
            advance()
        }
        throw unclosed
    }

    private mutating func copyNestedString(into source: inout [Unicode.Scalar], unclosed: LabSyntaxError)
        throws(LabSyntaxError)
    {
        let quote = scalars[index]
        source.append(quote)
        advance()
        while let scalar = peek() {
            guard scalar != "\n", scalar != "\r" else { throw unclosed }
            source.append(scalar)
            advance()
            if scalar == quote { return }
        }
        throw unclosed
    }

    private mutating func lexEscape(into text: inout String.UnicodeScalarView, raw: Bool)
        throws(LabSyntaxError)
    {
        let escapeStart = position
        advance()
        guard let scalar = peek() else { return }
        if raw {
            // A raw string keeps the backslash, and the quote after it stays in the string.
            text.append("\\")
            text.append(scalar)
            advance()
            return
        }
        let simple: [Unicode.Scalar: Unicode.Scalar] = [
            "n": "\n", "t": "\t", "r": "\r", "\\": "\\", "'": "'", "\"": "\"",
            "a": "\u{07}", "b": "\u{08}", "f": "\u{0C}", "v": "\u{0B}",
        ]
        if let decoded = simple[scalar] {
            text.append(decoded)
            advance()
            return
        }
        switch scalar {
        case "\n", "\r":
            // A backslash at the end of a line continues the string on the next one.
            advance()
            if scalar == "\r" && peek() == "\n" { advance() }
        case "x", "u", "U":
            advance()
            let width = scalar == "x" ? 2 : scalar == "u" ? 4 : 8
            text.append(try lexHexEscape(width: width, kind: scalar, at: escapeStart))
        case "0"..."7":
            var value: UInt32 = 0
            var count = 0
            while count < 3, let digit = peek(), ("0"..."7").contains(digit) {
                value = value * 8 + (digit.value - 48)
                count += 1
                advance()
            }
            text.append(Unicode.Scalar(value)!)
        case "N":
            throw error(
                Messages.text("lab.lexer.named-escape", ["escape": "`\\N{...}`"]),
                at: escapeStart)
        default:
            // Python keeps an unknown escape as it is, backslash included.
            text.append("\\")
        }
    }

    private mutating func lexHexEscape(width: Int, kind: Unicode.Scalar, at escapeStart: SourcePosition)
        throws(LabSyntaxError) -> Unicode.Scalar
    {
        var value: UInt32 = 0
        for _ in 0..<width {
            guard let digit = peek(), let digitValue = Self.hexValue(digit) else {
                throw error(
                    Messages.text(
                        "lab.lexer.hex-escape-digits", ["escape": "\\\(kind)", "count": "\(width)"]),
                    at: escapeStart)
            }
            value = value * 16 + digitValue
            advance()
        }
        guard let decoded = Unicode.Scalar(value) else {
            throw error(
                Messages.text("lab.lexer.escape-no-character", ["escape": "\\\(kind)"]), at: escapeStart)
        }
        return decoded
    }

    private static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": scalar.value - 48
        case "a"..."f": scalar.value - 87
        case "A"..."F": scalar.value - 55
        default: nil
        }
    }
}
