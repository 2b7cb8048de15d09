import Messages

/// The parts of Python a lab program cannot use, and what the error says about each: it
/// names the construct and points to what the lab supports instead.
enum Unsupported {
    static var trueDivision: String { Messages.text("lab.unsupported.true-division") }

    /// Keywords of constructs left out, with their messages' keys.
    private static let keywords: [String: String] = [
        "class": "lab.unsupported.class",
        "try": "lab.unsupported.try",
        "except": "lab.unsupported.try",
        "finally": "lab.unsupported.try",
        "raise": "lab.unsupported.raise",
        "del": "lab.unsupported.del",
        "yield": "lab.unsupported.yield",
        "async": "lab.unsupported.async",
        "await": "lab.unsupported.async",
        "nonlocal": "lab.unsupported.nonlocal",
    ]

    private static let bitwiseSymbols: Set<String> = [
        "&", "|", "^", "~", "<<", ">>", "&=", "|=", "^=", "<<=", ">>=",
    ]

    /// Other symbols left out, with their messages' keys.
    private static let symbols: [String: String] = [
        "/": "lab.unsupported.true-division",
        "/=": "lab.unsupported.true-division",
        "@": "lab.unsupported.matrix",
        "@=": "lab.unsupported.matrix",
        ":=": "lab.unsupported.walrus",
        "...": "lab.unsupported.ellipsis",
        "->": "lab.unsupported.annotations",
    ]

    static var annotations: String { Messages.text("lab.unsupported.annotations") }

    static var decorators: String { Messages.text("lab.unsupported.decorators") }

    static var starred: String { Messages.text("lab.unsupported.starred") }

    static var slices: String { Messages.text("lab.unsupported.slices") }

    static func comprehension(_ kind: Comprehension) -> String {
        Messages.text(kind.key)
    }

    /// The comprehensions a lab program cannot use, each named in its own message.
    enum Comprehension {
        case generator, list, set, dictionary

        var key: String {
            switch self {
            case .generator: "lab.unsupported.generator-expressions"
            case .list: "lab.unsupported.list-comprehensions"
            case .set: "lab.unsupported.set-comprehensions"
            case .dictionary: "lab.unsupported.dict-comprehensions"
            }
        }
    }

    static var matchStatement: String { Messages.text("lab.unsupported.match") }

    static func loopElse(_ loop: String) -> String {
        Messages.text("lab.unsupported.loop-else", ["loop": loop])
    }

    /// The message for `token` if it belongs to a construct outside the subset.
    static func message(for token: Token) -> String? {
        switch token.kind {
        case .name(let name): return keywords[name].map { Messages.text($0, ["keyword": name]) }
        case .symbol(let symbol):
            if bitwiseSymbols.contains(symbol) {
                return Messages.text("lab.unsupported.bitwise", ["symbol": symbol])
            }
            return symbols[symbol].map { Messages.text($0, ["symbol": symbol]) }
        default: return nil
        }
    }
}
