import Messages

/// One token of a lab program, as Python's own tokenizer would cut it, with where it starts.
struct Token: Hashable, Sendable {
    var kind: Kind
    var position: SourcePosition

    enum Kind: Hashable, Sendable {
        /// An identifier or a keyword; the parser tells them apart.
        case name(String)
        case integer(Int)
        /// A plain string literal, escapes already decoded.
        case string(String)
        /// An f-string literal: text, and the fields' source left for the parser.
        case formattedString([FormattedStringSegment])
        /// An operator or a bracket or other punctuation: `+`, `**=`, `(`, `,`, ...
        case symbol(String)
        case newline
        case indent
        case dedent
        case endOfFile
    }

    /// How an error message names this token: "found `x`".
    var description: String {
        switch kind {
        case .name(let name): "`\(name)`"
        case .integer(let value): "`\(value)`"
        case .string, .formattedString: Messages.text("lab.token.string")
        case .symbol(let symbol): "`\(symbol)`"
        case .newline: Messages.text("lab.token.end-of-line")
        case .indent: Messages.text("lab.token.indent")
        case .dedent: Messages.text("lab.token.dedent")
        case .endOfFile: Messages.text("lab.token.end-of-file")
        }
    }
}

/// A piece of an f-string as the lexer leaves it: decoded literal text, or the source of a
/// `{field}` and where that source starts, so the parser can parse it with correct positions.
enum FormattedStringSegment: Hashable, Sendable {
    case literal(String)
    case field(source: [Unicode.Scalar], at: SourcePosition)
}
