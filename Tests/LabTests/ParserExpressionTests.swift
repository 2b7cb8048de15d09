import Lab
import Testing

@Suite("Lab parser: expressions")
struct ParserExpressionTests {
    @Test("literals and names")
    func atoms() throws {
        #expect(try parseExpression("x") == name("x", 1, 1))
        #expect(try parseExpression("42") == integer(42, 1, 1))
        #expect(try parseExpression("True") == PyExpression(.boolean(true), at: at(1, 1)))
        #expect(try parseExpression("False") == PyExpression(.boolean(false), at: at(1, 1)))
        #expect(try parseExpression("None") == PyExpression(.none, at: at(1, 1)))
        #expect(try parseExpression("'a' \"b\"\n") == string("ab", 1, 1))
    }

    @Test("`*` binds tighter than `+`, and both group to the left")
    func arithmeticPrecedence() throws {
        let expected = binary(
            .subtract,
            binary(.add, name("a", 1, 1), binary(.multiply, name("b", 1, 5), name("c", 1, 9), 1, 5), 1, 1),
            binary(.modulo, name("d", 1, 13), integer(2, 1, 17), 1, 13), 1, 1)
        #expect(try parseExpression("a + b * c - d % 2") == expected)
        #expect(
            try parseExpression("a // b // c")
                == binary(
                    .floorDivide, binary(.floorDivide, name("a", 1, 1), name("b", 1, 6), 1, 1),
                    name("c", 1, 11), 1, 1))
    }

    @Test("`**` groups to the right and binds tighter than a unary minus on its left")
    func power() throws {
        let negated = PyExpression(
            .unary(.negate, binary(.power, integer(2, 1, 2), integer(2, 1, 5), 1, 2)), at: at(1, 1))
        #expect(try parseExpression("-2**2") == negated)
        #expect(
            try parseExpression("a**b**c")
                == binary(
                    .power, name("a", 1, 1), binary(.power, name("b", 1, 4), name("c", 1, 7), 1, 4), 1, 1))
        #expect(
            try parseExpression("2**-x")
                == binary(
                    .power, integer(2, 1, 1), PyExpression(.unary(.negate, name("x", 1, 5)), at: at(1, 4)), 1,
                    1))
    }

    @Test("a parenthesised operand moves the operation's start to its `(`, as in Python")
    func parenthesisedStart() throws {
        #expect(
            try parseExpression("(a + b) * c")
                == binary(
                    .multiply, binary(.add, name("a", 1, 2), name("b", 1, 6), 1, 2), name("c", 1, 11), 1, 1))
    }

    @Test("comparisons chain, with `in`, `not in`, `is` and `is not`")
    func comparisons() throws {
        let chain = PyExpression(
            .comparison(
                name("a", 1, 1),
                [Comparison(.less, name("b", 1, 5)), Comparison(.lessOrEqual, name("c", 1, 10))]),
            at: at(1, 1))
        #expect(try parseExpression("a < b <= c") == chain)
        let membership = PyExpression(
            .comparison(
                name("x", 1, 1),
                [
                    Comparison(.notContains, name("y", 1, 10)), Comparison(.identical, name("z", 1, 15)),
                    Comparison(.notIdentical, PyExpression(.none, at: at(1, 24))),
                    Comparison(.contains, name("w", 1, 32)),
                ]),
            at: at(1, 1))
        #expect(try parseExpression("x not in y is z is not None in w") == membership)
    }

    @Test("`not` binds looser than comparison; `and` tighter than `or`")
    func logical() throws {
        let expected = PyExpression(
            .logical(
                .or,
                [
                    PyExpression(
                        .logical(
                            .and,
                            [
                                name("a", 1, 1),
                                PyExpression(
                                    .unary(
                                        .not,
                                        PyExpression(
                                            .comparison(
                                                name("b", 1, 11), [Comparison(.equal, name("c", 1, 16))]),
                                            at: at(1, 11))),
                                    at: at(1, 7)),
                            ]),
                        at: at(1, 1)),
                    name("d", 1, 21), name("e", 1, 26),
                ]),
            at: at(1, 1))
        #expect(try parseExpression("a and not b == c or d or e") == expected)
    }

    @Test("conditional expressions and lambdas")
    func conditionalAndLambda() throws {
        #expect(
            try parseExpression("a if c else b")
                == PyExpression(
                    .conditional(test: name("c", 1, 6), body: name("a", 1, 1), orElse: name("b", 1, 13)),
                    at: at(1, 1)))
        let lambda = PyExpression(
            .lambda(
                parameters: [
                    Parameter(name: "a", defaultValue: nil, at: at(1, 8)),
                    Parameter(name: "b", defaultValue: integer(1, 1, 13), at: at(1, 11)),
                ],
                body: binary(.add, name("a", 1, 16), name("b", 1, 20), 1, 16)),
            at: at(1, 1))
        #expect(try parseExpression("lambda a, b=1: a + b") == lambda)
        #expect(
            try parseExpression("lambda: ready")
                == PyExpression(.lambda(parameters: [], body: name("ready", 1, 9)), at: at(1, 1)))
    }

    @Test("calls, attributes and subscripts start where their first atom starts")
    func primaries() throws {
        let callee = PyExpression(.attribute(name("threading", 1, 1), name: "Thread"), at: at(1, 1))
        let call = PyExpression(
            .call(
                callee, arguments: [],
                keywords: [
                    KeywordArgument(name: "target", value: name("work", 1, 25), at: at(1, 18)),
                    KeywordArgument(
                        name: "args", value: PyExpression(.tuple([integer(1, 1, 37)]), at: at(1, 36)),
                        at: at(1, 31)),
                ]),
            at: at(1, 1))
        #expect(try parseExpression("threading.Thread(target=work, args=(1,))") == call)
        let subscripted = PyExpression(
            .subscripted(
                PyExpression(
                    .call(name("f", 1, 1), arguments: [name("x", 1, 3), integer(2, 1, 6)], keywords: []),
                    at: at(1, 1)),
                index: string("k", 1, 9)),
            at: at(1, 1))
        #expect(try parseExpression("f(x, 2)['k']") == subscripted)
    }

    @Test("tuples, lists and dicts")
    func collections() throws {
        #expect(try parseExpression("()") == PyExpression(.tuple([]), at: at(1, 1)))
        #expect(try parseExpression("(x,)") == PyExpression(.tuple([name("x", 1, 2)]), at: at(1, 1)))
        #expect(try parseExpression("(x)") == name("x", 1, 2))
        #expect(
            try parseExpression("a, b,")
                == PyExpression(.tuple([name("a", 1, 1), name("b", 1, 4)]), at: at(1, 1)))
        #expect(try parseExpression("[]") == PyExpression(.list([]), at: at(1, 1)))
        #expect(
            try parseExpression("[1, [2]]")
                == PyExpression(
                    .list([integer(1, 1, 2), PyExpression(.list([integer(2, 1, 6)]), at: at(1, 5))]),
                    at: at(1, 1)))
        #expect(try parseExpression("{}") == PyExpression(.dictionary([]), at: at(1, 1)))
        #expect(
            try parseExpression("{'a': 1, 'b': 2,}")
                == PyExpression(
                    .dictionary([
                        DictionaryEntry(key: string("a", 1, 2), value: integer(1, 1, 7)),
                        DictionaryEntry(key: string("b", 1, 10), value: integer(2, 1, 15)),
                    ]),
                    at: at(1, 1)))
    }

    @Test("f-string fields are parsed in place, with their own positions")
    func formattedStrings() throws {
        let expected = PyExpression(
            .formattedString([
                .literal("count={"),
                .field(binary(.add, name("n", 1, 12), integer(1, 1, 16), 1, 12)),
                .literal("} and "),
                .field(
                    PyExpression(
                        .call(name("f", 1, 26), arguments: [string("x", 1, 28)], keywords: []), at: at(1, 26))
                ),
                .literal("!"),
            ]),
            at: at(1, 1))
        #expect(try parseExpression("f'count={{{n + 1}}} and {f(\"x\")}' '!'") == expected)
        #expect(try parseExpression("f''") == PyExpression(.formattedString([]), at: at(1, 1)))
        let multiline = try parseExpression("f'''a\n{\n  x}'''")
        #expect(
            multiline
                == PyExpression(.formattedString([.literal("a\n"), .field(name("x", 3, 3))]), at: at(1, 1)))
    }

    @Test("tuples of one stay tuples; a trailing comma in a call is allowed")
    func trailingCommas() throws {
        #expect(
            try parseExpression("f(a, b=1,)")
                == PyExpression(
                    .call(
                        name("f", 1, 1), arguments: [name("a", 1, 3)],
                        keywords: [KeywordArgument(name: "b", value: integer(1, 1, 8), at: at(1, 6))]),
                    at: at(1, 1)))
    }
}
