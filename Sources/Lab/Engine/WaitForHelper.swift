/// `Condition.wait_for(predicate)` as CPython writes it, built as a syntax tree so that the
/// compiler turns it into ordinary steps: each call of the predicate reads shared state and each
/// `wait` releases and re-acquires the condition's lock, exactly as in Python.
enum WaitForHelper {
    static let definition: FunctionDefinition = {
        let here = SourcePosition(line: 0, column: 0)
        func name(_ text: String) -> PyExpression { PyExpression(.name(text), at: here) }
        func statement(_ kind: PyStatement.Kind) -> PyStatement { PyStatement(kind, at: here) }
        let callPredicate = PyExpression(.call(name("predicate"), arguments: [], keywords: []), at: here)
        let assignResult = statement(.assign(targets: [name("result")], value: callPredicate))
        let wait = PyExpression(
            .call(
                PyExpression(.attribute(name("condition"), name: "wait"), at: here), arguments: [],
                keywords: []),
            at: here)
        return FunctionDefinition(
            name: "wait_for",
            parameters: [
                Parameter(name: "condition", defaultValue: nil, at: here),
                Parameter(name: "predicate", defaultValue: nil, at: here),
            ],
            body: [
                assignResult,
                statement(
                    .whileLoop(
                        test: PyExpression(.unary(.not, name("result")), at: here),
                        body: [statement(.expression(wait)), assignResult])),
                statement(.returnStatement(name("result"))),
            ])
    }()
}
