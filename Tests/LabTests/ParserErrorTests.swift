import Lab
import Testing

@Suite("Lab parser: refused constructs and syntax errors")
struct ParserErrorTests {
    /// Source, then the start of the error line it must give: `FILE:LINE:COL: MESSAGE...`.
    static let unsupported: [(String, String)] = [
        (
            "class Counter:\n    pass\n",
            "lab.py:1:1: `class` is not supported in a lab program; use functions"
        ),
        ("try:\n    x()\nexcept:\n    pass\n", "lab.py:1:1: `try` is not supported in a lab program"),
        ("except ValueError:\n    pass\n", "lab.py:1:1: `except` is not supported"),
        ("finally:\n    pass\n", "lab.py:1:1: `finally` is not supported"),
        (
            "def f():\n    raise ValueError()\n",
            "lab.py:2:5: `raise` is not supported in a lab program; use `assert`"
        ),
        ("del x\n", "lab.py:1:1: `del` is not supported"),
        ("def f():\n    yield 1\n", "lab.py:2:5: `yield` is not supported"),
        ("def f():\n    x = yield\n", "lab.py:2:9: `yield` is not supported"),
        (
            "async def f():\n    pass\n",
            "lab.py:1:1: `async` is not supported in a lab program; the lab runs threads"
        ),
        ("def f():\n    await g()\n", "lab.py:2:5: `await` is not supported"),
        ("def f():\n    nonlocal x\n", "lab.py:2:5: `nonlocal` is not supported"),
        (
            "match command:\n    case 1:\n        pass\n",
            "lab.py:1:1: `match` is not supported in a lab program"
        ),
        ("match (command):\n    case 1:\n        pass\n", "lab.py:1:1: `match` is not supported"),
        ("@decorate\ndef f():\n    pass\n", "lab.py:1:1: decorators are not supported"),
        ("while x:\n    pass\nelse:\n    pass\n", "lab.py:3:1: `while ... else` is not supported"),
        ("for x in y:\n    pass\nelse:\n    pass\n", "lab.py:3:1: `for ... else` is not supported"),
        ("def f(*args):\n    pass\n", "lab.py:1:7: `*args` parameters are not supported"),
        ("def f(**kwargs):\n    pass\n", "lab.py:1:7: `**kwargs` parameters are not supported"),
        (
            "def f(a, *, b):\n    pass\n",
            "lab.py:1:10: keyword-only parameters (after a bare `*`) are not supported"
        ),
        (
            "def f(a, /):\n    pass\n",
            "lab.py:1:10: positional-only parameters (before `/`) are not supported"
        ),
        ("def f(a: int):\n    pass\n", "lab.py:1:8: annotations are not supported"),
        ("def f() -> int:\n    pass\n", "lab.py:1:9: annotations are not supported"),
        ("x: int = 1\n", "lab.py:1:2: annotations are not supported"),
        ("f = lambda *a: a\n", "lab.py:1:12: `*args` parameters are not supported"),
        ("x = a / b\n", "lab.py:1:7: true division makes a float, which the lab does not support; use //"),
        ("x /= 2\n", "lab.py:1:3: true division makes a float"),
        ("x = a & b\n", "lab.py:1:7: the bitwise operator `&` is not supported"),
        ("x = a | b\n", "lab.py:1:7: the bitwise operator `|` is not supported"),
        ("x = a ^ b\n", "lab.py:1:7: the bitwise operator `^` is not supported"),
        ("x = a << 2\n", "lab.py:1:7: the bitwise operator `<<` is not supported"),
        ("x = ~a\n", "lab.py:1:5: the bitwise operator `~` is not supported"),
        ("x |= 1\n", "lab.py:1:3: the bitwise operator `|=` is not supported"),
        ("x = a @ b\n", "lab.py:1:7: matrix multiplication `@` is not supported"),
        ("if (n := f()):\n    pass\n", "lab.py:1:7: the walrus operator `:=` is not supported"),
        ("x = [i for i in y]\n", "lab.py:1:5: list comprehensions are not supported"),
        ("x = {k: v for k in y}\n", "lab.py:1:5: dict comprehensions are not supported"),
        ("x = {k for k in y}\n", "lab.py:1:5: set comprehensions are not supported"),
        ("x = {1, 2}\n", "lab.py:1:5: set literals like `{1, 2}` are not supported"),
        ("x = sum(i for i in y)\n", "lab.py:1:9: generator expressions are not supported"),
        ("x = (i for i in y)\n", "lab.py:1:6: generator expressions are not supported"),
        ("x = {**d}\n", "lab.py:1:6: dict unpacking `**d` is not supported"),
        ("f(*a)\n", "lab.py:1:3: `*args` in a call is not supported"),
        ("f(**k)\n", "lab.py:1:3: `**kwargs` in a call is not supported"),
        ("a, *b = c\n", "lab.py:1:4: starred expressions like `*x` are not supported"),
        ("x = a[1:2]\n", "lab.py:1:8: slices are not supported"),
        ("x = a[:]\n", "lab.py:1:7: slices are not supported"),
        ("x = ...\n", "lab.py:1:5: `...` (Ellipsis) is not supported"),
        ("from threading import *\n", "lab.py:1:23: `from threading import *` is not supported"),
        ("from . import x\n", "lab.py:1:6: relative imports are not supported"),
        ("with a as (b, c):\n    pass\n", "lab.py:1:11: expected a name after `as`"),
        ("print 'hello'\n", "lab.py:1:7: `print` is a function in Python 3"),
        ("x = f'{x:>5}'\n", "lab.py:1:9: format specs like `{x:>5}` in an f-string field are not supported"),
        ("x = f'{x!r}'\n", "lab.py:1:9: conversions like `!r` in an f-string field are not supported"),
        ("x = 1.5\n", "lab.py:1:5: floats are not supported; the lab works with int"),
    ]

    @Test("refused constructs are named, at their position", arguments: unsupported)
    func refused(source: String, expected: String) {
        let error = syntaxError(source)
        #expect(error?.hasPrefix(expected) == true, "\(error ?? "no error")")
    }

    static let syntaxErrors: [(String, String)] = [
        ("if x\n    pass\n", "lab.py:1:5: expected `:` after the `if` condition, found the end of the line"),
        ("while x y:\n    pass\n", "lab.py:1:9: expected `:` after the `while` condition, found `y`"),
        ("for x y:\n    pass\n", "lab.py:1:7: expected `in` after the `for` target"),
        ("for 1 in y:\n    pass\n", "lab.py:1:5: cannot assign to a literal"),
        ("if x:\npass\n", "lab.py:2:1: expected an indented block after the `if` statement on line 1"),
        ("x = 1\n    y = 2\n", "lab.py:2:5: unexpected indentation"),
        ("else:\n    pass\n", "lab.py:1:1: `else` needs an `if` block above it"),
        ("f() = 1\n", "lab.py:1:1: cannot assign to a function call"),
        ("a + 1 = 2\n", "lab.py:1:1: cannot assign to an operator's result"),
        ("a, b += 1\n", "lab.py:1:1: cannot use an augmented assignment on a tuple"),
        ("x = \n", "lab.py:1:5: expected an expression, found the end of the line"),
        ("x = 1 2\n", "lab.py:1:7: expected the end of the statement, found `2`"),
        ("f(a=1, b)\n", "lab.py:1:8: a positional argument cannot follow a keyword argument"),
        ("f(a=1, a=2)\n", "lab.py:1:8: the keyword argument `a` is given twice"),
        ("def f(a=1, b):\n    pass\n", "lab.py:1:12: the parameter `b` needs a default value"),
        ("def f(a, a):\n    pass\n", "lab.py:1:10: the parameter `a` appears twice"),
        ("def if():\n    pass\n", "lab.py:1:5: expected a function name after `def`, found `if`"),
        ("break\n", "lab.py:1:1: `break` is only allowed inside a loop"),
        (
            "while x:\n    def f():\n        continue\n",
            "lab.py:3:9: `continue` is only allowed inside a loop"
        ),
        ("return 1\n", "lab.py:1:1: `return` is only allowed inside a function"),
        ("x = a if b\n", "lab.py:1:11: expected `else` in the conditional expression"),
        ("x = 1 + lambda: 2\n", "lab.py:1:9: a `lambda` inside an operation needs parentheses"),
        ("x = f'{}'\n", "lab.py:1:8: this f-string field is empty"),
        ("x = f'{a b}'\n", "lab.py:1:10: expected `}` after the f-string field's expression, found `b`"),
        ("x = f'{a / b}'\n", "lab.py:1:10: true division makes a float"),
        ("x = a.1\n", "lab.py:1:6: floats are not supported"),
        ("x = (1, 2\n", "lab.py:1:5: `(` was never closed"),
        ("import\n", "lab.py:1:7: expected a module name, found the end of the line"),
        ("from threading Lock\n", "lab.py:1:16: expected `import` after `from threading`"),
    ]

    @Test("syntax errors say what was expected", arguments: syntaxErrors)
    func syntax(source: String, expected: String) {
        let error = syntaxError(source)
        #expect(error?.hasPrefix(expected) == true, "\(error ?? "no error")")
    }

    @Test("nesting deeper than the limit is an error, not a stack overflow")
    func depthLimit() {
        let shapes = [
            String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000),
            String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000),
            String(repeating: "-", count: 5000) + "1",
            String(repeating: "not ", count: 5000) + "x",
            "x = " + Array(repeating: "1", count: 5000).joined(separator: " + "),
            "x = " + Array(repeating: "2", count: 5000).joined(separator: " ** "),
            "x" + String(repeating: "()", count: 5000),
            "x" + String(repeating: ".a", count: 5000),
            "x = " + Array(repeating: "1 if c else", count: 5000).joined(separator: " ") + " 2",
            (0..<200).map { String(repeating: "    ", count: $0) + "if x:\n" }.joined()
                + String(repeating: "    ", count: 200) + "pass\n",
            "if x: pass\n" + String(repeating: "elif y: pass\n", count: 5000),
            "x = f'{" + String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000)
                + "}'",
        ]
        for source in shapes {
            let error = syntaxError(source)
            #expect(error?.contains("nested too deeply") == true, "\(error ?? "no error")")
        }
    }

    @Test("nesting within the limit parses")
    func depthWithinLimit() throws {
        let parenthesised = String(repeating: "(", count: 90) + "1" + String(repeating: ")", count: 90)
        #expect(try parseExpression(parenthesised) == integer(1, 1, 91))
        let sum = Array(repeating: "1", count: 90).joined(separator: " + ")
        #expect(try parse("x = \(sum)").count == 1)
    }
}
