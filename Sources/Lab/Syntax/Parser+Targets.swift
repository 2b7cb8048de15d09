import Messages

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
                Messages.text("lab.syntax.cannot-assign", ["target": Self.describe(target)]),
                at: target.position)
        }
    }

    func checkAugmentable(_ target: PyExpression) throws(LabSyntaxError) {
        switch target.kind {
        case .name, .attribute, .subscripted:
            return
        default:
            throw error(
                Messages.text("lab.syntax.cannot-augment", ["target": Self.describe(target)]),
                at: target.position)
        }
    }

    private static func describe(_ expression: PyExpression) -> String {
        switch expression.kind {
        case .name, .attribute, .subscripted: Messages.text("lab.target.this")
        case .integer, .boolean, .string, .none, .formattedString: Messages.text("lab.target.literal")
        case .list: Messages.text("lab.target.list")
        case .tuple: Messages.text("lab.target.tuple")
        case .dictionary: Messages.text("lab.target.dict")
        case .call: Messages.text("lab.target.call")
        case .unary, .binary: Messages.text("lab.target.operation")
        case .comparison: Messages.text("lab.target.comparison")
        case .logical: Messages.text("lab.target.logical")
        case .conditional: Messages.text("lab.target.conditional")
        case .lambda: Messages.text("lab.target.lambda")
        }
    }
}
