/// The names a function binds, which Python makes its locals unless they are declared `global`.
enum LocalNames {
    static func bound(in statements: [PyStatement]) -> (locals: [String], globals: Set<String>) {
        var locals: [String] = []
        var globals: Set<String> = []
        collect(statements, into: &locals, globals: &globals)
        return (locals.filter { !globals.contains($0) }, globals)
    }

    private static func collect(
        _ statements: [PyStatement], into locals: inout [String], globals: inout Set<String>
    ) {
        func bind(_ target: PyExpression) {
            switch target.kind {
            case .name(let name): if !locals.contains(name) { locals.append(name) }
            case .tuple(let elements), .list(let elements): elements.forEach(bind)
            default: break
            }
        }
        for statement in statements {
            switch statement.kind {
            case .assign(let targets, _): targets.forEach(bind)
            case .augmentedAssign(let target, _, _): bind(target)
            case .forLoop(let target, _, let body):
                bind(target)
                collect(body, into: &locals, globals: &globals)
            case .ifStatement(_, let body, let orElse):
                collect(body, into: &locals, globals: &globals)
                collect(orElse, into: &locals, globals: &globals)
            case .whileLoop(_, let body):
                collect(body, into: &locals, globals: &globals)
            case .with(let items, let body):
                for item in items { if let name = item.name, !locals.contains(name) { locals.append(name) } }
                collect(body, into: &locals, globals: &globals)
            case .global(let names): globals.formUnion(names)
            default: break
            }
        }
    }
}
