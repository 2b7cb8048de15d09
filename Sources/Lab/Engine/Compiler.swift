import Messages

/// Turns a parsed module into per-function instruction lists, and rejects whatever leaves the
/// subset at its position, so that a program either runs as Python would or does not start.
struct Compiler {
    struct Output {
        var functions: [CompiledFunction]
        var globals: [GlobalVariable]
        var waitForFunction: Int
    }

    let file: String
    var functions: [CompiledFunction?] = [nil]
    let globals: [GlobalVariable]
    let globalIndex: [String: Int]
    /// Names bound by `import threading` and the like, to check `threading.X` while compiling.
    var importedModules: [String: LabModule] = [:]
    var builder: FunctionBuilder
    /// The locals of the function a `lambda` is written in, which the lab cannot capture.
    var enclosingLocals: Set<String> = []

    static func compile(_ module: PyModule) throws(LabSyntaxError) -> Output {
        var compiler = Compiler(module)
        try compiler.compileStatements(module.statements)
        compiler.builder.emit(.constant(.none), at: SourcePosition(line: 1, column: 1))
        compiler.builder.emit(.returnValue, at: SourcePosition(line: 1, column: 1))
        compiler.functions[LabProgram.moduleFunction] = compiler.builder.compiled
        let waitFor = try compiler.compileFunction(WaitForHelper.definition)
        return Output(
            functions: compiler.functions.map { $0! }, globals: compiler.globals, waitForFunction: waitFor)
    }

    private init(_ module: PyModule) {
        file = module.file
        let scan = GlobalScan(module)
        globals = scan.globals
        globalIndex = Dictionary(uniqueKeysWithValues: globals.enumerated().map { ($1.name, $0) })
        builder = FunctionBuilder(
            name: "<module>", parameters: [], defaults: [], locals: [], declaredGlobal: [], isModule: true)
    }

    func error(_ message: String, at position: SourcePosition) -> LabSyntaxError {
        LabSyntaxError(file: file, position: position, message: message)
    }

    /// Compiles a `def` into a new function and returns its index.
    mutating func compileFunction(_ definition: FunctionDefinition) throws(LabSyntaxError) -> Int {
        let index = functions.count
        functions.append(nil)
        let (locals, declaredGlobal) = LocalNames.bound(in: definition.body)
        let defaults = try definition.parameters.map { parameter throws(LabSyntaxError) in
            try parameter.defaultValue.map { value throws(LabSyntaxError) in try constantValue(value) }
        }
        let outer = builder
        builder = FunctionBuilder(
            name: definition.name, parameters: definition.parameters.map(\.name), defaults: defaults,
            locals: locals, declaredGlobal: declaredGlobal, isModule: false)
        try compileStatements(definition.body)
        let end = definition.body.last?.position ?? SourcePosition(line: 1, column: 1)
        builder.emit(.constant(.none), at: end)
        builder.emit(.returnValue, at: end)
        functions[index] = builder.compiled
        builder = outer
        return index
    }

    /// Compiles a `lambda` into a new function and returns its index.
    mutating func compileLambda(_ parameters: [Parameter], body: PyExpression) throws(LabSyntaxError) -> Int {
        let index = functions.count
        functions.append(nil)
        let defaults = try parameters.map { parameter throws(LabSyntaxError) in
            try parameter.defaultValue.map { value throws(LabSyntaxError) in try constantValue(value) }
        }
        let outer = builder
        let outerEnclosing = enclosingLocals
        if !outer.isModule { enclosingLocals.formUnion(outer.localNames) }
        builder = FunctionBuilder(
            name: "<lambda>", parameters: parameters.map(\.name), defaults: defaults, locals: [],
            declaredGlobal: [], isModule: false)
        try compileExpression(body)
        builder.emit(.returnValue, at: body.position)
        functions[index] = builder.compiled
        builder = outer
        enclosingLocals = outerEnclosing
        return index
    }

    /// A default value, which the lab takes only as a literal: it is evaluated once, at `def`.
    func constantValue(_ expression: PyExpression) throws(LabSyntaxError) -> LabValue {
        switch expression.kind {
        case .integer(let value): return .int(value)
        case .boolean(let value): return .bool(value)
        case .string(let value): return .str(value)
        case .none: return .none
        case .unary(.negate, let operand):
            if case .integer(let value) = operand.kind { return .int(-value) }
        case .tuple(let elements):
            return .tuple(try elements.map { element throws(LabSyntaxError) in try constantValue(element) })
        default: break
        }
        throw error(
            Messages.text("lab.compile.default-literal"),
            at: expression.position)
    }
}
