import Lab
import Testing

@Suite("Lab parser: statements")
struct ParserStatementTests {
    @Test("assignments: several targets, tuple unpacking, augmented")
    func assignments() throws {
        #expect(
            try parse("a = b = 1\n") == [
                statement(
                    .assign(targets: [name("a", 1, 1), name("b", 1, 5)], value: integer(1, 1, 9)), 1, 1)
            ])
        let swap = PyStatement.Kind.assign(
            targets: [PyExpression(.tuple([name("a", 1, 1), name("b", 1, 4)]), at: at(1, 1))],
            value: PyExpression(.tuple([name("b", 1, 8), name("a", 1, 11)]), at: at(1, 8)))
        #expect(try parse("a, b = b, a") == [statement(swap, 1, 1)])
        let operators: [(String, BinaryOperator)] = [
            ("+=", .add), ("-=", .subtract), ("*=", .multiply), ("//=", .floorDivide), ("%=", .modulo),
            ("**=", .power),
        ]
        for (symbol, binaryOperator) in operators {
            let target = PyExpression(.subscripted(name("d", 1, 1), index: string("k", 1, 3)), at: at(1, 1))
            let valueColumn = 9 + symbol.count
            #expect(
                try parse("d['k'] \(symbol) 2") == [
                    statement(
                        .augmentedAssign(
                            target: target, operator: binaryOperator, value: integer(2, 1, valueColumn)),
                        1, 1)
                ])
        }
        #expect(
            try parse("self.count = 0") == [
                statement(
                    .assign(
                        targets: [PyExpression(.attribute(name("self", 1, 1), name: "count"), at: at(1, 1))],
                        value: integer(0, 1, 14)), 1, 1)
            ])
    }

    @Test("if, elif and else: an elif is an if alone in orElse")
    func ifStatements() throws {
        let source = """
            if a:
                x = 1
            elif b:
                pass
            else:
                x = 3
            """
        let expected = statement(
            .ifStatement(
                test: name("a", 1, 4),
                body: [statement(.assign(targets: [name("x", 2, 5)], value: integer(1, 2, 9)), 2, 5)],
                orElse: [
                    statement(
                        .ifStatement(
                            test: name("b", 3, 6), body: [statement(.pass, 4, 5)],
                            orElse: [
                                statement(.assign(targets: [name("x", 6, 5)], value: integer(3, 6, 9)), 6, 5)
                            ]), 3, 1)
                ]), 1, 1)
        #expect(try parse(source) == [expected])
    }

    @Test("one-line suites and `;`-separated statements")
    func simpleSuites() throws {
        #expect(
            try parse("if x: pass; y = 1;\nz") == [
                statement(
                    .ifStatement(
                        test: name("x", 1, 4),
                        body: [
                            statement(.pass, 1, 7),
                            statement(.assign(targets: [name("y", 1, 13)], value: integer(1, 1, 17)), 1, 13),
                        ],
                        orElse: []), 1, 1),
                statement(.expression(name("z", 2, 1)), 2, 1),
            ])
    }

    @Test("loops, with break and continue inside")
    func loops() throws {
        let source = """
            while n > 0:
                n -= 1
                if n == 5: break
            for i, item in pairs:
                continue
            """
        let statements = try parse(source)
        #expect(statements.count == 2)
        guard case .whileLoop(let test, let body) = statements[0].kind else {
            Issue.record("not a while loop: \(statements[0])")
            return
        }
        #expect(
            test
                == PyExpression(
                    .comparison(name("n", 1, 7), [Comparison(.greater, integer(0, 1, 11))]), at: at(1, 7)))
        #expect(body.count == 2)
        #expect(
            statements[1]
                == statement(
                    .forLoop(
                        target: PyExpression(.tuple([name("i", 4, 5), name("item", 4, 8)]), at: at(4, 5)),
                        iterable: name("pairs", 4, 16), body: [statement(.continueStatement, 5, 5)]), 4, 1))
    }

    @Test("function definitions with defaults, returns and globals")
    func functions() throws {
        let source = """
            def work(n, step=1):
                global total, done
                return
            def pair(): return 1, 2
            """
        let work = FunctionDefinition(
            name: "work",
            parameters: [
                Parameter(name: "n", defaultValue: nil, at: at(1, 10)),
                Parameter(name: "step", defaultValue: integer(1, 1, 18), at: at(1, 13)),
            ],
            body: [statement(.global(["total", "done"]), 2, 5), statement(.returnStatement(nil), 3, 5)])
        let pair = FunctionDefinition(
            name: "pair", parameters: [],
            body: [
                statement(
                    .returnStatement(
                        PyExpression(.tuple([integer(1, 4, 20), integer(2, 4, 23)]), at: at(4, 20))),
                    4, 13)
            ])
        #expect(
            try parse(source) == [
                statement(.functionDefinition(work), 1, 1), statement(.functionDefinition(pair), 4, 1),
            ])
    }

    @Test("assert, with, and imports")
    func others() throws {
        #expect(
            try parse("assert x, 'message'") == [
                statement(.assertStatement(test: name("x", 1, 8), message: string("message", 1, 11)), 1, 1)
            ])
        #expect(
            try parse("assert x") == [statement(.assertStatement(test: name("x", 1, 8), message: nil), 1, 1)])
        #expect(
            try parse("with lock as held, other:\n    pass") == [
                statement(
                    .with(
                        items: [
                            WithItem(context: name("lock", 1, 6), name: "held"),
                            WithItem(context: name("other", 1, 20), name: nil),
                        ],
                        body: [statement(.pass, 2, 5)]), 1, 1)
            ])
        #expect(
            try parse("import threading, queue as q, os.path") == [
                statement(
                    .importModules([
                        ImportedName(name: "threading", alias: nil, at: at(1, 8)),
                        ImportedName(name: "queue", alias: "q", at: at(1, 19)),
                        ImportedName(name: "os.path", alias: nil, at: at(1, 31)),
                    ]), 1, 1)
            ])
        #expect(
            try parse("from threading import (Lock,\n    Thread as T,)") == [
                statement(
                    .importFrom(
                        module: "threading",
                        names: [
                            ImportedName(name: "Lock", alias: nil, at: at(1, 24)),
                            ImportedName(name: "Thread", alias: "T", at: at(2, 5)),
                        ]), 1, 1)
            ])
    }

    @Test("docstrings are expression statements holding a string")
    func docstrings() throws {
        let source = "def f():\n    \"\"\"Does\n    things.\"\"\"\n    pass\n"
        let statements = try parse(source)
        guard case .functionDefinition(let definition) = statements.first?.kind else {
            Issue.record("not a function: \(statements)")
            return
        }
        #expect(definition.body.first == statement(.expression(string("Does\n    things.", 2, 5)), 2, 5))
    }
}
