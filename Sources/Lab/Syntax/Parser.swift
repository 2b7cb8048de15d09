import Messages

/// A recursive-descent parser over the lexer's tokens, following Python 3's grammar for the
/// subset the lab runs. Each nesting level of brackets, blocks and operator chains counts
/// towards `maximumDepth`, so that no input can exhaust the stack.
struct Parser {
    let file: String
    private let tokens: [Token]
    private var index = 0
    var depth: Int
    /// Whether `break` and `continue` are allowed here.
    var isInLoop = false
    /// Whether `return` is allowed here.
    var isInFunction = false

    static let maximumDepth = 100

    /// Python's hard keywords, which are never names.
    static let keywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
        "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]

    /// `tokens` ends with an end-of-file token, as the lexer makes it.
    init(file: String, tokens: [Token], depth: Int) {
        self.file = file
        self.tokens = tokens
        self.depth = depth
    }

    var current: Token { tokens[index] }

    /// The token `offset` places ahead, or the end of the file.
    func peek(_ offset: Int) -> Token { tokens[min(index + offset, tokens.count - 1)] }

    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    func isSymbol(_ symbol: String) -> Bool { current.kind == .symbol(symbol) }

    func isKeyword(_ keyword: String) -> Bool { current.kind == .name(keyword) }

    /// Whether `token` is a name a program can bind, not a keyword.
    static func identifier(of token: Token) -> String? {
        guard case .name(let name) = token.kind, !keywords.contains(name) else { return nil }
        return name
    }

    mutating func take(symbol: String) -> Bool {
        guard isSymbol(symbol) else { return false }
        advance()
        return true
    }

    mutating func take(keyword: String) -> Bool {
        guard isKeyword(keyword) else { return false }
        advance()
        return true
    }

    /// Consumes `symbol` or fails with the sentence `key`, whose `{found}` names the token
    /// found instead and whose other placeholder, if any, is filled from `argument`.
    @discardableResult
    mutating func expect(_ symbol: String, _ key: String, _ argument: (name: String, value: String)? = nil)
        throws(LabSyntaxError) -> Token
    {
        guard isSymbol(symbol) else { throw unexpected(key, argument) }
        return advance()
    }

    mutating func expectName(_ key: String, _ argument: (name: String, value: String)? = nil)
        throws(LabSyntaxError) -> (name: String, position: SourcePosition)
    {
        guard let name = Self.identifier(of: current) else { throw unexpected(key, argument) }
        return (name, advance().position)
    }

    func error(_ message: String, at position: SourcePosition) -> LabSyntaxError {
        LabSyntaxError(file: file, position: position, message: message)
    }

    /// The error for the current token where something else should be: a construct outside the
    /// subset is named as such, anything else is the whole sentence `key` ("expected ..., found
    /// {found}"), so a translation may put what was found where its grammar wants it.
    func unexpected(_ key: String, _ argument: (name: String, value: String)? = nil) -> LabSyntaxError {
        if let message = Unsupported.message(for: current) {
            return error(message, at: current.position)
        }
        let found = current.description
        let message =
            if let argument {
                Messages.text(key, [argument.name: argument.value, "found": found])
            } else {
                Messages.text(key, ["found": found])
            }
        return error(message, at: current.position)
    }

    /// Counts one more level of nesting; the caller undoes it when the level ends.
    mutating func deepen(at position: SourcePosition) throws(LabSyntaxError) {
        guard depth < Self.maximumDepth else {
            throw error(
                Messages.text("lab.syntax.too-deep", ["limit": "\(Self.maximumDepth)"]), at: position)
        }
        depth += 1
    }
}
