/// Expressions by Python's precedence, loosest first: lambda, `if`-`else`, `or`, `and`, `not`,
/// comparisons, `+ -`, `* // %`, unary `- +`, `**`. Left-associative chains are built in
/// loops, and each link counts as a level of depth, because it nests the tree one deeper.
extension Parser {
    /// `test (',' test)* [',']`: where Python accepts a tuple without parentheses.
    mutating func parseExpressionList() throws(LabSyntaxError) -> PyExpression {
        let start = current.position
        let first = try parseTest()
        guard isSymbol(",") else { return first }
        var elements = [first]
        while take(symbol: ","), startsExpression {
            elements.append(try parseTest())
        }
        return PyExpression(.tuple(elements), at: start)
    }

    /// Whether the current token can begin an expression, to tell `a, b` from a trailing comma.
    var startsExpression: Bool {
        switch current.kind {
        case .integer, .string, .formattedString:
            return true
        case .name(let name):
            return !Self.keywords.contains(name)
                || ["True", "False", "None", "not", "lambda", "yield", "await"].contains(name)
        case .symbol(let symbol):
            return ["(", "[", "{", "-", "+", "~", "*", "**", "..."].contains(symbol)
        default:
            return false
        }
    }

    /// Python's `test`: a lambda, or an `or` expression with an optional `if`-`else`.
    mutating func parseTest() throws(LabSyntaxError) -> PyExpression {
        try deepen(at: current.position)
        defer { depth -= 1 }
        if isKeyword("lambda") { return try parseLambda() }
        let start = current.position
        let body = try parseOr()
        guard take(keyword: "if") else { return body }
        let test = try parseOr()
        guard take(keyword: "else") else {
            throw unexpected("lab.syntax.expected.conditional-else")
        }
        let orElse = try parseTest()
        return PyExpression(.conditional(test: test, body: body, orElse: orElse), at: start)
    }

    private mutating func parseLambda() throws(LabSyntaxError) -> PyExpression {
        let start = advance().position
        let parameters = try parseParameters(closedBy: ":")
        try expect(":", "lab.syntax.expected.lambda-colon")
        let body = try parseTest()
        return PyExpression(.lambda(parameters: parameters, body: body), at: start)
    }

    private mutating func parseOr() throws(LabSyntaxError) -> PyExpression {
        let start = current.position
        var operands = [try parseAnd()]
        while take(keyword: "or") {
            operands.append(try parseAnd())
        }
        return operands.count == 1 ? operands[0] : PyExpression(.logical(.or, operands), at: start)
    }

    private mutating func parseAnd() throws(LabSyntaxError) -> PyExpression {
        let start = current.position
        var operands = [try parseNot()]
        while take(keyword: "and") {
            operands.append(try parseNot())
        }
        return operands.count == 1 ? operands[0] : PyExpression(.logical(.and, operands), at: start)
    }

    private mutating func parseNot() throws(LabSyntaxError) -> PyExpression {
        guard isKeyword("not") else { return try parseComparison() }
        let start = advance().position
        try deepen(at: start)
        defer { depth -= 1 }
        return PyExpression(.unary(.not, try parseNot()), at: start)
    }

    private mutating func parseComparison() throws(LabSyntaxError) -> PyExpression {
        let start = current.position
        let first = try parseArithmetic()
        var comparisons: [Comparison] = []
        while let comparisonOperator = takeComparisonOperator() {
            comparisons.append(Comparison(comparisonOperator, try parseArithmetic()))
        }
        return comparisons.isEmpty ? first : PyExpression(.comparison(first, comparisons), at: start)
    }

    private mutating func takeComparisonOperator() -> ComparisonOperator? {
        let found: ComparisonOperator?
        var width = 1
        switch current.kind {
        case .symbol(let symbol): found = ComparisonOperator(rawValue: symbol)
        case .name("in"): found = .contains
        case .name("not") where peek(1).kind == .name("in"):
            found = .notContains
            width = 2
        case .name("is") where peek(1).kind == .name("not"):
            found = .notIdentical
            width = 2
        case .name("is"): found = .identical
        default: found = nil
        }
        if found != nil {
            for _ in 0..<width { advance() }
        }
        return found
    }

    private mutating func parseArithmetic() throws(LabSyntaxError) -> PyExpression {
        try parseLeftAssociative(operators: ["+": .add, "-": .subtract]) { parser throws(LabSyntaxError) in
            try parser.parseTerm()
        }
    }

    private mutating func parseTerm() throws(LabSyntaxError) -> PyExpression {
        try parseLeftAssociative(operators: ["*": .multiply, "//": .floorDivide, "%": .modulo]) {
            parser throws(LabSyntaxError) in try parser.parseFactor()
        }
    }

    /// `operand (operator operand)*`, grouped to the left, positioned where the first operand
    /// starts, as Python positions a binary operation.
    private mutating func parseLeftAssociative(
        operators: [String: BinaryOperator],
        operand: (inout Parser) throws(LabSyntaxError) -> PyExpression
    ) throws(LabSyntaxError) -> PyExpression {
        let start = current.position
        let outerDepth = depth
        defer { depth = outerDepth }
        var left = try operand(&self)
        while case .symbol(let symbol) = current.kind, let binaryOperator = operators[symbol] {
            try deepen(at: advance().position)
            let right = try operand(&self)
            left = PyExpression(.binary(binaryOperator, left, right), at: start)
        }
        return left
    }

    /// Unary `-` and `+` bind looser than `**` on their right: `-2**2` is `-(2**2)`.
    private mutating func parseFactor() throws(LabSyntaxError) -> PyExpression {
        let unaryOperator: UnaryOperator
        switch current.kind {
        case .symbol("-"): unaryOperator = .negate
        case .symbol("+"): unaryOperator = .plus
        default: return try parsePower()
        }
        let start = advance().position
        try deepen(at: start)
        defer { depth -= 1 }
        return PyExpression(.unary(unaryOperator, try parseFactor()), at: start)
    }

    /// `primary ['**' factor]`: right-associative, through `factor`.
    private mutating func parsePower() throws(LabSyntaxError) -> PyExpression {
        let start = current.position
        let base = try parsePrimary()
        guard isSymbol("**") else { return base }
        try deepen(at: advance().position)
        defer { depth -= 1 }
        return PyExpression(.binary(.power, base, try parseFactor()), at: start)
    }
}
