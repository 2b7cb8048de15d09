/// What can be assigned to: a name, an attribute, a subscript, or a tuple or list of targets.
extension Parser {
    /// The target of a `for`: primaries separated by commas, so that the `in` after it is
    /// not read as a comparison.
    mutating func parseTargetList() throws(LabSyntaxError) -> PyExpression {
        let start = current.position
        let first = try parsePrimary()
        guard isSymbol(",") else {
            try checkAssignable(first)
            return first
        }
        var elements = [first]
        while take(symbol: ","), !isKeyword("in") {
            elements.append(try parsePrimary())
        }
        let target = PyExpression(.tuple(elements), at: start)
        try checkAssignable(target)
        return target
    }

    func checkAssignable(_ target: PyExpression) throws(LabSyntaxError) {
        switch target.kind {
        case .name, .attribute, .subscripted:
            return
        case .tuple(let elements), .list(let elements):
            for element in elements { try checkAssignable(element) }
        default:
            throw error(
                "cannot assign to \(Self.describe(target)); a target is a name, an attribute, "
                    + "a subscript, or a tuple of them", at: target.position)
        }
    }

    func checkAugmentable(_ target: PyExpression) throws(LabSyntaxError) {
        switch target.kind {
        case .name, .attribute, .subscripted:
            return
        default:
            throw error(
                "cannot use an augmented assignment on \(Self.describe(target)); its target is one name, "
                    + "attribute or subscript", at: target.position)
        }
    }

    private static func describe(_ expression: PyExpression) -> String {
        switch expression.kind {
        case .name, .attribute, .subscripted: "this target"
        case .integer, .boolean, .string, .none, .formattedString: "a literal"
        case .list: "a list"
        case .tuple: "a tuple"
        case .dictionary: "a dict"
        case .call: "a function call"
        case .unary, .binary: "an operator's result"
        case .comparison: "a comparison"
        case .logical: "an `and`/`or` expression"
        case .conditional: "a conditional expression"
        case .lambda: "a lambda"
        }
    }
}
