/// What the compiler needs to know about module-level names before compiling any code: which
/// names are globals, which are bound only once (and so need no step to read), and which are
/// imported modules.
struct GlobalScan {
    private(set) var bindingCounts: [String: Int] = [:]
    private(set) var declaredGlobalInFunctions: Set<String> = []
    /// Names given a value by the program's own code (not by `def` or `import`).
    private(set) var assignedNames: Set<String> = []
    private(set) var order: [String] = []
    private var seen: Set<String> = []

    init(_ module: PyModule) {
        scan(module.statements, inLoop: false)
    }

    var globals: [GlobalVariable] {
        order.map { name in
            GlobalVariable(
                name: name,
                isShared: bindingCounts[name, default: 0] != 1 || declaredGlobalInFunctions.contains(name),
                isAssigned: assignedNames.contains(name) || declaredGlobalInFunctions.contains(name))
        }
    }

    private mutating func bind(_ name: String, inLoop: Bool) {
        if seen.insert(name).inserted { order.append(name) }
        bindingCounts[name, default: 0] += inLoop ? 2 : 1
    }

    private mutating func bind(target: PyExpression, inLoop: Bool) {
        switch target.kind {
        case .name(let name):
            bind(name, inLoop: inLoop)
            assignedNames.insert(name)
        case .tuple(let elements), .list(let elements):
            for element in elements { bind(target: element, inLoop: inLoop) }
        default: break
        }
    }

    private mutating func scan(_ statements: [PyStatement], inLoop: Bool) {
        for statement in statements {
            switch statement.kind {
            case .assign(let targets, _):
                for target in targets { bind(target: target, inLoop: inLoop) }
            case .augmentedAssign(let target, _, _):
                // Read-modify-write: bound at least twice, so never a constant.
                bind(target: target, inLoop: true)
            case .ifStatement(_, let body, let orElse):
                scan(body, inLoop: inLoop)
                scan(orElse, inLoop: inLoop)
            case .whileLoop(_, let body):
                scan(body, inLoop: true)
            case .forLoop(let target, _, let body):
                bind(target: target, inLoop: true)
                scan(body, inLoop: true)
            case .with(let items, let body):
                for item in items {
                    if let name = item.name {
                        bind(name, inLoop: inLoop)
                        assignedNames.insert(name)
                    }
                }
                scan(body, inLoop: inLoop)
            case .functionDefinition(let definition):
                bind(definition.name, inLoop: inLoop)
                scanGlobalDeclarations(definition.body)
            case .importModules(let names), .importFrom(_, let names):
                for name in names { bind(name.boundName, inLoop: inLoop) }
            case .expression, .breakStatement, .continueStatement, .pass, .returnStatement, .global,
                .assertStatement:
                break
            }
        }
    }

    private mutating func scanGlobalDeclarations(_ statements: [PyStatement]) {
        for statement in statements {
            switch statement.kind {
            case .global(let names):
                for name in names {
                    if seen.insert(name).inserted { order.append(name) }
                    declaredGlobalInFunctions.insert(name)
                }
            case .ifStatement(_, let body, let orElse):
                scanGlobalDeclarations(body)
                scanGlobalDeclarations(orElse)
            case .whileLoop(_, let body), .forLoop(_, _, let body), .with(_, let body):
                scanGlobalDeclarations(body)
            default: break
            }
        }
    }
}
