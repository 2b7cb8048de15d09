import Messages

/// Cuts a lab program into tokens the way Python 3 does: INDENT and DEDENT from the leading
/// spaces, NEWLINE only at the end of a logical line, and none inside brackets or after a
/// backslash continuation. It works over Unicode scalars so that columns count characters.
struct Lexer {
    let file: String
    let scalars: [Unicode.Scalar]
    var index = 0
    var line: Int
    var column: Int
    /// An f-string field is lexed on its own, as if inside brackets: no indentation, and
    /// line breaks of a triple-quoted f-string join the lines.
    private let isField: Bool
    private var tokens: [Token] = []
    private var indentation = [0]
    private var openBrackets: [(bracket: Unicode.Scalar, position: SourcePosition)] = []
    private var atLineStart = true
    /// The text after `#` of each comment that follows code on its line, by line: what
    /// `# critical` marks are read from, so that a `#` inside a string is never one.
    private var commentsAfterCode: [Int: String] = [:]

    private init(file: String, scalars: [Unicode.Scalar], start: SourcePosition, isField: Bool) {
        self.file = file
        self.scalars = scalars
        self.line = start.line
        self.column = start.column
        self.isField = isField
        self.atLineStart = !isField
    }

    /// The tokens of a whole program, ending with NEWLINE, the DEDENTs still due, and END.
    static func tokenize(_ source: String, file: String) throws(LabSyntaxError) -> [Token] {
        try tokenizeKeepingComments(source, file: file).tokens
    }

    /// The tokens of a whole program, and the text of each comment that ends a line of code,
    /// by line.
    static func tokenizeKeepingComments(_ source: String, file: String) throws(LabSyntaxError) -> (
        tokens: [Token], comments: [Int: String]
    ) {
        var lexer = Lexer(
            file: file, scalars: Array(source.unicodeScalars), start: SourcePosition(line: 1, column: 1),
            isField: false)
        let tokens = try lexer.run()
        return (tokens, lexer.commentsAfterCode)
    }

    /// The tokens of an f-string field's expression, which starts at `start` in the program.
    static func tokenizeField(_ source: [Unicode.Scalar], file: String, at start: SourcePosition)
        throws(LabSyntaxError) -> [Token]
    {
        var lexer = Lexer(file: file, scalars: source, start: start, isField: true)
        return try lexer.run()
    }

    var position: SourcePosition { SourcePosition(line: line, column: column) }

    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    /// Moves past one scalar, counting a line break (`\n`, `\r\n` or a lone `\r`) as one.
    mutating func advance() {
        let scalar = scalars[index]
        index += 1
        if scalar == "\n" || (scalar == "\r" && peek() != "\n") {
            line += 1
            column = 1
        } else {
            column += 1
        }
    }

    func error(_ message: String, at position: SourcePosition) -> LabSyntaxError {
        LabSyntaxError(file: file, position: position, message: message)
    }

    private mutating func run() throws(LabSyntaxError) -> [Token] {
        while true {
            if atLineStart {
                guard try startLogicalLine() else { break }
            }
            guard let scalar = peek() else { break }
            try lexToken(startingWith: scalar)
        }
        if let (bracket, position) = openBrackets.last {
            throw error(Messages.text("lab.lexer.never-closed", ["bracket": "\(bracket)"]), at: position)
        }
        if !isField {
            if let last = tokens.last, last.kind != .newline, last.kind != .dedent {
                tokens.append(Token(kind: .newline, position: position))
            }
            for _ in indentation.dropFirst() {
                tokens.append(Token(kind: .dedent, position: position))
            }
        }
        tokens.append(Token(kind: .endOfFile, position: position))
        return tokens
    }

    /// Measures the indentation of the next line that holds code, skipping blank and
    /// comment-only lines, and emits INDENT or DEDENTs. False at the end of the input.
    private mutating func startLogicalLine() throws(LabSyntaxError) -> Bool {
        while true {
            var width = 0
            while let scalar = peek(), scalar == " " || scalar == "\u{0C}" {
                width += scalar == " " ? 1 : 0
                advance()
            }
            guard let scalar = peek() else { return false }
            if scalar == "\t" {
                throw error(
                    Messages.text("lab.lexer.tab"),
                    at: position)
            }
            if scalar == "#" { skipComment() }
            if let next = peek(), next == "\n" || next == "\r" {
                advance()
                continue
            }
            guard peek() != nil else { return false }
            atLineStart = false
            try indent(to: width)
            return true
        }
    }

    private mutating func indent(to width: Int) throws(LabSyntaxError) {
        if width > indentation[indentation.count - 1] {
            indentation.append(width)
            tokens.append(Token(kind: .indent, position: position))
            return
        }
        while width < indentation[indentation.count - 1] {
            indentation.removeLast()
            tokens.append(Token(kind: .dedent, position: position))
        }
        if width != indentation[indentation.count - 1] {
            throw error(Messages.text("lab.lexer.dedent-mismatch"), at: position)
        }
    }

    /// Moves past a comment, from its `#` to the end of the line, and returns its text.
    @discardableResult
    private mutating func skipComment() -> String {
        var text = String.UnicodeScalarView()
        advance()
        while let scalar = peek(), scalar != "\n", scalar != "\r" {
            text.append(scalar)
            advance()
        }
        return String(text)
    }

    private mutating func lexToken(startingWith scalar: Unicode.Scalar) throws(LabSyntaxError) {
        let start = position
        switch scalar {
        case " ", "\t", "\u{0C}":
            advance()
        case "#":
            commentsAfterCode[start.line] = skipComment()
        case "\n", "\r":
            advance()
            if openBrackets.isEmpty && !isField {
                tokens.append(Token(kind: .newline, position: start))
                atLineStart = true
            }
        case "\\":
            advance()
            guard let next = peek() else {
                throw error(Messages.text("lab.lexer.continuation-at-end"), at: start)
            }
            guard next == "\n" || next == "\r" else {
                throw error(Messages.text("lab.lexer.after-continuation"), at: start)
            }
            advance()
        case "0"..."9":
            tokens.append(Token(kind: .integer(try lexInteger()), position: start))
        case "." where peek(1).map { ("0"..."9").contains($0) } ?? false:
            throw error(Self.floatMessage, at: start)
        case "\"", "'":
            tokens.append(Token(kind: try lexString(prefix: ""), position: start))
        case _ where scalar == "_" || scalar.properties.isXIDStart:
            let name = lexName()
            if let quote = peek(), quote == "\"" || quote == "'",
                Self.stringPrefixes.contains(name.lowercased())
            {
                tokens.append(Token(kind: try lexString(prefix: name), position: start))
            } else {
                tokens.append(Token(kind: .name(name), position: start))
            }
        default:
            try lexSymbol(at: start)
        }
    }

    private mutating func lexName() -> String {
        var name = String.UnicodeScalarView()
        while let scalar = peek(), scalar == "_" || scalar.properties.isXIDContinue {
            name.append(scalar)
            advance()
        }
        return String(name)
    }

    /// Python's operators and delimiters by their first character, longest first, so that
    /// `**=` is one token and not `*` `*` `=`.
    private static let symbolsByFirstScalar: [Unicode.Scalar: [[Unicode.Scalar]]] = {
        let symbols = [
            "**=", "//=", ">>=", "<<=", "...",
            "**", "//", "==", "!=", "<=", ">=", "<<", ">>", "->", ":=",
            "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
            "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">",
            "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=",
        ]
        return Dictionary(grouping: symbols.map { Array($0.unicodeScalars) }, by: { $0[0] })
    }()

    private mutating func lexSymbol(at start: SourcePosition) throws(LabSyntaxError) {
        let candidates = Self.symbolsByFirstScalar[scalars[index]] ?? []
        let symbol = candidates.first { candidate in
            candidate.indices.allSatisfy { offset in peek(offset) == candidate[offset] }
        }
        guard let symbol else {
            throw error(Self.describeUnexpected(scalars[index]), at: start)
        }
        for _ in symbol { advance() }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: symbol)
        let token = String(text)
        try trackBracket(token, at: start)
        tokens.append(Token(kind: .symbol(token), position: start))
    }

    private static func describeUnexpected(_ scalar: Unicode.Scalar) -> String {
        if scalar == "!" { return Messages.text("lab.lexer.exclamation") }
        if scalar.properties.generalCategory == .control || scalar == "\u{FFFD}" {
            return Messages.text(
                "lab.lexer.unexpected-control", ["code": String(scalar.value, radix: 16, uppercase: true)])
        }
        return Messages.text("lab.lexer.unexpected-character", ["character": "\(scalar)"])
    }

    private mutating func trackBracket(_ symbol: String, at start: SourcePosition) throws(LabSyntaxError) {
        let closing: [String: Unicode.Scalar] = [")": "(", "]": "[", "}": "{"]
        if symbol == "(" || symbol == "[" || symbol == "{" {
            openBrackets.append((symbol.unicodeScalars.first!, start))
        } else if let opening = closing[symbol] {
            guard let (bracket, position) = openBrackets.popLast() else {
                throw error(Messages.text("lab.lexer.unmatched", ["bracket": symbol]), at: start)
            }
            guard bracket == opening else {
                throw error(
                    Messages.text(
                        "lab.lexer.mismatched",
                        ["closing": symbol, "opening": "\(bracket)", "position": "\(position)"]),
                    at: start)
            }
        }
    }

    static var floatMessage: String { Messages.text("lab.lexer.float") }
}
