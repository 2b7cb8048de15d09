import Testing

@testable import Lab

@Suite("Lab: lexer")
struct LexerTests {
    private func kinds(_ source: String) throws -> [Token.Kind] {
        try Lexer.tokenize(source, file: "lab.py").map(\.kind)
    }

    private func lexError(_ source: String) -> String? {
        do {
            _ = try Lexer.tokenize(source, file: "lab.py")
            return nil
        } catch {
            return error.description
        }
    }

    @Test("indentation becomes INDENT and DEDENT; blank and comment lines do not count")
    func indentation() throws {
        let source = "if x:\n    y\n\n        # comment\n    z\nw\n"
        #expect(
            try kinds(source) == [
                .name("if"), .name("x"), .symbol(":"), .newline,
                .indent, .name("y"), .newline, .name("z"), .newline,
                .dedent, .name("w"), .newline, .endOfFile,
            ])
    }

    @Test("the end of the file closes the line and every open block")
    func endOfFile() throws {
        #expect(
            try kinds("if x:\n  if y:\n    z") == [
                .name("if"), .name("x"), .symbol(":"), .newline, .indent,
                .name("if"), .name("y"), .symbol(":"), .newline, .indent,
                .name("z"), .newline, .dedent, .dedent, .endOfFile,
            ])
        #expect(try kinds("") == [.endOfFile])
        #expect(try kinds("# only a comment") == [.endOfFile])
    }

    @Test("brackets and backslashes join lines; \\r\\n ends a line")
    func lineJoining() throws {
        #expect(
            try kinds("f(1,\n     2)\r\nx = 1 + \\\n  2\r\n") == [
                .name("f"), .symbol("("), .integer(1), .symbol(","), .integer(2), .symbol(")"), .newline,
                .name("x"), .symbol("="), .integer(1), .symbol("+"), .integer(2), .newline, .endOfFile,
            ])
    }

    @Test("positions count lines and characters from 1")
    func positions() throws {
        let tokens = try Lexer.tokenize("é = 'ü'\r\n  \nx", file: "lab.py")
        #expect(
            tokens.map(\.position) == [at(1, 1), at(1, 3), at(1, 5), at(1, 8), at(3, 1), at(3, 2), at(3, 2)])
    }

    @Test("longest operators first")
    func operators() throws {
        #expect(
            try kinds("a **= b // c != d") == [
                .name("a"), .symbol("**="), .name("b"), .symbol("//"), .name("c"), .symbol("!="), .name("d"),
                .newline, .endOfFile,
            ])
    }

    @Test(
        "integer literals",
        arguments: [
            ("42", 42), ("1_000_000", 1_000_000), ("0", 0), ("00", 0), ("0x_ff", 255), ("0o17", 15),
            ("0b1010", 10), ("9223372036854775807", Int.max),
        ])
    func integers(source: String, value: Int) throws {
        #expect(try kinds(source) == [.integer(value), .newline, .endOfFile])
    }

    @Test(
        "string literals and their escapes",
        arguments: [
            (#"'a\nb'"#, "a\nb"), (#""tab\there""#, "tab\there"), (#"'\\'"#, "\\"), (#"'it\'s'"#, "it's"),
            (#""\"q\"""#, "\"q\""), (#"'\x41\u00e9\U0001F600'"#, "Aé😀"), (#"'\101'"#, "A"),
            (#"'\d'"#, "\\d"), (#"r'\n'"#, "\\n"), ("'''a\r\nb'''", "a\nb"),
            ("\"\"\"x \"y\" z\"\"\"", "x \"y\" z"),
            ("'a\\\nb'", "ab"), ("u'x'", "x"),
        ])
    func strings(source: String, text: String) throws {
        #expect(try kinds(source) == [.string(text), .newline, .endOfFile])
    }

    @Test("an f-string keeps its fields' source and where each starts")
    func formattedString() throws {
        #expect(
            try kinds("f'a{{b}} {x + 1}!'") == [
                .formattedString([
                    .literal("a{b} "), .field(source: Array("x + 1".unicodeScalars), at: at(1, 11)),
                    .literal("!"),
                ]),
                .newline, .endOfFile,
            ])
        #expect(
            try kinds("f'{d[\"k\"]}'") == [
                .formattedString([.field(source: Array("d[\"k\"]".unicodeScalars), at: at(1, 4))]),
                .newline, .endOfFile,
            ])
    }

    @Test(
        "lexical errors say where and why",
        arguments: [
            ("if x:\n\ty\n", "lab.py:2:1: a tab in the indentation; indent a lab program with spaces"),
            ("x = 1.5\n", "lab.py:1:5: floats are not supported; the lab works with int"),
            ("x = .5\n", "lab.py:1:5: floats are not supported; the lab works with int"),
            ("x = 1e9\n", "lab.py:1:5: floats are not supported; the lab works with int"),
            ("x = 2j\n", "lab.py:1:5: complex numbers are not supported"),
            ("x = 9223372036854775808\n", "lab.py:1:5: this integer is too large"),
            ("x = 0xffffffffffffffffff\n", "lab.py:1:5: this integer is too large"),
            ("x = 012\n", "lab.py:1:5: leading zeros in a decimal integer are not allowed"),
            ("x = 1__0\n", "lab.py:1:6: a `_` in a number must sit between two digits"),
            ("x = 12abc\n", "lab.py:1:7: invalid number literal"),
            ("x = 'abc\n", "lab.py:1:5: unterminated string"),
            ("x = '''abc\n", "lab.py:1:5: unterminated triple-quoted string"),
            ("x = b'abc'\n", "lab.py:1:5: bytes literals are not supported"),
            (#"x = '\x4'"#, #"lab.py:1:6: `\x` needs 2 hexadecimal digits"#),
            (#"x = '\ud800'"#, #"lab.py:1:6: `\u` escape names no Unicode character"#),
            (#"x = '\N{DASH}'"#, #"lab.py:1:6: `\N{...}` escapes are not supported"#),
            ("x = f'{x!r}'\n", "lab.py:1:9: conversions like `!r` in an f-string field are not supported"),
            (
                "x = f'{x:>5}'\n",
                "lab.py:1:9: format specs like `{x:>5}` in an f-string field are not supported"
            ),
            ("x = f'{x'\n", "lab.py:1:7: this f-string field is not closed"),
            ("x = f'a}'\n", "lab.py:1:8: a single `}` in an f-string"),
            ("x = $\n", "lab.py:1:5: unexpected character `$`"),
            ("x = 1 ! 2\n", "lab.py:1:7: `!` is not an operator in Python"),
            ("f(1, 2\n", "lab.py:1:2: `(` was never closed"),
            ("f(1]\n", "lab.py:1:4: `]` does not match the `(` opened at 1:2"),
            ("x)\n", "lab.py:1:2: unmatched `)`"),
            ("x = 1 \\ 2\n", "lab.py:1:7: unexpected character after the line continuation"),
            ("if x:\n    y\n  z\n", "lab.py:3:3: this line's indentation does not match any outer block"),
        ])
    func errors(source: String, expected: String) {
        let error = lexError(source)
        #expect(error?.hasPrefix(expected) == true, "\(error ?? "no error")")
    }
}
