/// The parts of Python a lab program cannot use, and what the error says about each: it
/// names the construct and points to what the lab supports instead.
enum Unsupported {
    static let trueDivision = "true division makes a float, which the lab does not support; use //"

    private static let keywords: [String: String] = [
        "class": "`class` is not supported in a lab program; use functions and module-level globals",
        "try": tryMessage("try"),
        "except": tryMessage("except"),
        "finally": tryMessage("finally"),
        "raise": "`raise` is not supported in a lab program; use `assert` to stop on a broken invariant",
        "del": "`del` is not supported in a lab program; assign a new value instead",
        "yield": "`yield` is not supported in a lab program; generators are left out, return a list instead",
        "async": "`async` is not supported in a lab program; the lab runs threads, not coroutines",
        "await": "`await` is not supported in a lab program; the lab runs threads, not coroutines",
        "nonlocal": "`nonlocal` is not supported in a lab program; share state through module-level globals "
            + "and `global`",
    ]

    private static func tryMessage(_ keyword: String) -> String {
        "`\(keyword)` is not supported in a lab program; exceptions are left out, check conditions with "
            + "`if` and invariants with `assert`"
    }

    private static let symbols: [String: String] = [
        "/": trueDivision,
        "/=": trueDivision,
        "&": bitwise("&"), "|": bitwise("|"), "^": bitwise("^"), "~": bitwise("~"),
        "<<": bitwise("<<"), ">>": bitwise(">>"),
        "&=": bitwise("&="), "|=": bitwise("|="), "^=": bitwise("^="),
        "<<=": bitwise("<<="), ">>=": bitwise(">>="),
        "@": "matrix multiplication `@` is not supported in a lab program",
        "@=": "matrix multiplication `@=` is not supported in a lab program",
        ":=": "the walrus operator `:=` is not supported in a lab program; assign on a line of its own",
        "...": "`...` (Ellipsis) is not supported in a lab program; use `pass` in an empty block",
        "->": annotations,
    ]

    private static func bitwise(_ symbol: String) -> String {
        "the bitwise operator `\(symbol)` is not supported in a lab program; "
            + "the lab's int arithmetic is +, -, *, //, % and **"
    }

    static let annotations =
        "annotations are not supported in a lab program; leave out the types"

    static let decorators =
        "decorators are not supported in a lab program; call the wrapping function instead"

    static let starred = "starred expressions like `*x` are not supported in a lab program; name each element"

    static let slices = "slices are not supported in a lab program; index one element at a time"

    static func comprehension(_ kind: String) -> String {
        "\(kind) are not supported in a lab program; build the result with a `for` loop"
    }

    static let matchStatement = "`match` is not supported in a lab program; use `if` and `elif`"

    static func loopElse(_ loop: String) -> String {
        "`\(loop) ... else` is not supported in a lab program; set a flag before `break` and test it "
            + "after the loop"
    }

    /// The message for `token` if it belongs to a construct outside the subset.
    static func message(for token: Token) -> String? {
        switch token.kind {
        case .name(let name): keywords[name]
        case .symbol(let symbol): symbols[symbol]
        default: nil
        }
    }
}
