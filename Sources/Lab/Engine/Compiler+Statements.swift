import Messages

extension Compiler {
    mutating func compileStatements(_ statements: [PyStatement]) throws(LabSyntaxError) {
        for statement in statements { try compileStatement(statement) }
    }

    private mutating func compileStatement(_ statement: PyStatement) throws(LabSyntaxError) {
        let position = statement.position
        switch statement.kind {
        case .expression(let expression):
            try compileExpression(expression)
            builder.emit(.pop, at: position)
        case .assign(let targets, let value):
            try compileExpression(value)
            for (offset, target) in targets.enumerated() {
                if offset < targets.count - 1 { builder.emit(.duplicate, at: position) }
                try compileStore(to: target)
            }
        case .augmentedAssign(let target, let binaryOperator, let value):
            try compileAugmentedAssign(target, binaryOperator, value)
        case .ifStatement(let test, let body, let orElse):
            try compileExpression(test)
            let skipBody = builder.emit(.jumpIfFalse(0), at: position)
            try compileStatements(body)
            if orElse.isEmpty {
                builder.patch(skipBody)
            } else {
                let skipElse = builder.emit(.jump(0), at: position)
                builder.patch(skipBody)
                try compileStatements(orElse)
                builder.patch(skipElse)
            }
        case .whileLoop(let test, let body):
            let start = builder.code.count
            try compileExpression(test)
            let exit = builder.emit(.jumpIfFalse(0), at: position)
            builder.loops.append(.init(continueTarget: start, withDepth: builder.withDepth, isFor: false))
            try compileStatements(body)
            builder.emit(.jump(start), at: position)
            builder.patch(exit)
            finishLoop()
        case .forLoop(let target, let iterable, let body):
            try compileExpression(iterable)
            builder.emit(.makeIterator, at: iterable.position, subject: SourceText.of(iterable))
            let start = builder.emit(
                .forIteration(exit: 0), at: iterable.position, subject: SourceText.of(iterable))
            try compileStore(to: target)
            builder.loops.append(.init(continueTarget: start, withDepth: builder.withDepth, isFor: true))
            try compileStatements(body)
            builder.emit(.jump(start), at: position)
            builder.patch(start)
            finishLoop()
        case .breakStatement:
            guard let loop = builder.loops.last else { throw error("'break' outside loop", at: position) }
            leaveWithBlocks(downTo: loop.withDepth, at: position)
            if loop.isFor { builder.emit(.pop, at: position) }
            let jump = builder.emit(.jump(0), at: position)
            builder.loops[builder.loops.count - 1].breakJumps.append(jump)
        case .continueStatement:
            guard let loop = builder.loops.last else {
                throw error("'continue' not properly in loop", at: position)
            }
            leaveWithBlocks(downTo: loop.withDepth, at: position)
            builder.emit(.jump(loop.continueTarget), at: position)
        case .pass:
            break
        case .returnStatement(let value):
            guard !builder.isModule else { throw error("'return' outside function", at: position) }
            if let value {
                try compileExpression(value)
            } else {
                builder.emit(.constant(.none), at: position)
            }
            leaveWithBlocks(downTo: 0, at: position)
            builder.emit(.returnValue, at: position)
        case .functionDefinition(let definition):
            guard builder.isModule else {
                throw error(
                    Messages.text("lab.compile.nested-def", ["function": definition.name]),
                    at: position)
            }
            let index = try compileFunction(definition)
            builder.emit(.constant(.function(index)), at: position)
            try compileStore(name: definition.name, at: position)
        case .global:
            break
        case .assertStatement(let test, let message):
            try compileExpression(test)
            let pass = builder.emit(.jumpIfTrue(0), at: position)
            if let message { try compileExpression(message) }
            builder.emit(.raiseAssertion(hasMessage: message != nil), at: position)
            builder.patch(pass)
        case .with(let items, let body):
            for item in items {
                try compileExpression(item.context)
                builder.emit(.enterWith, at: item.context.position, subject: SourceText.of(item.context))
                builder.withDepth += 1
                if let name = item.name {
                    try compileStore(name: name, at: item.context.position)
                } else {
                    builder.emit(.pop, at: item.context.position)
                }
            }
            try compileStatements(body)
            for item in items.reversed() {
                builder.emit(.exitWith, at: item.context.position, subject: SourceText.of(item.context))
                builder.withDepth -= 1
            }
        case .importModules(let names):
            try requireTopLevel("import", at: position)
            for imported in names {
                guard let module = LabModule(rawValue: imported.name) else {
                    throw error(
                        Messages.text("lab.compile.module", ["module": imported.name]),
                        at: imported.position)
                }
                importedModules[imported.boundName] = module
                builder.emit(.constant(.module(module)), at: imported.position)
                try compileStore(name: imported.boundName, at: imported.position)
            }
        case .importFrom(let moduleName, let names):
            try requireTopLevel("from ... import", at: position)
            guard let module = LabModule(rawValue: moduleName) else {
                throw error(
                    Messages.text("lab.compile.module", ["module": moduleName]), at: position)
            }
            for imported in names {
                let builtin = try member(imported.name, of: module, at: imported.position)
                builder.emit(.constant(.builtin(builtin)), at: imported.position)
                try compileStore(name: imported.boundName, at: imported.position)
            }
        }
    }

    private func requireTopLevel(_ construct: String, at position: SourcePosition) throws(LabSyntaxError) {
        guard builder.isModule else {
            throw error(
                Messages.text("lab.compile.nested-import", ["construct": construct]), at: position)
        }
    }

    /// A member of an importable module, or the error naming what the module offers.
    func member(_ name: String, of module: LabModule, at position: SourcePosition) throws(LabSyntaxError)
        -> LabBuiltin
    {
        let members = LabBuiltin.moduleMembers[module] ?? [:]
        guard let builtin = members[name] else {
            throw error(
                Messages.text(
                    "lab.compile.member",
                    [
                        "module": module.rawValue, "name": name,
                        "members": members.keys.sorted().joined(separator: ", "),
                    ]),
                at: position)
        }
        return builtin
    }

    private mutating func finishLoop() {
        let loop = builder.loops.removeLast()
        for jump in loop.breakJumps { builder.patch(jump) }
    }

    /// Releases the contexts of the `with` blocks a `break`, `continue` or `return` leaves.
    private mutating func leaveWithBlocks(downTo depth: Int, at position: SourcePosition) {
        for _ in stride(from: builder.withDepth, to: depth, by: -1) {
            builder.emit(.exitWith, at: position, subject: "with")
        }
    }

    private mutating func compileAugmentedAssign(
        _ target: PyExpression, _ binaryOperator: BinaryOperator, _ value: PyExpression
    ) throws(LabSyntaxError) {
        let position = target.position
        switch target.kind {
        case .name(let name):
            try compileLoad(name: name, at: position)
            try compileExpression(value)
            builder.emit(.binary(binaryOperator), at: position)
            try compileStore(name: name, at: position)
        case .subscripted(let container, let index):
            try compileExpression(container)
            try compileExpression(index)
            builder.emit(.duplicateTwo, at: position)
            builder.emit(.loadItem, at: position, subject: SourceText.of(target))
            try compileExpression(value)
            builder.emit(.binary(binaryOperator), at: position)
            builder.emit(.storeItem, at: position, subject: SourceText.of(target))
        default:
            throw error(Messages.text("lab.compile.augmented-target"), at: position)
        }
    }

    /// Stores the value on top of the stack into `target`.
    mutating func compileStore(to target: PyExpression) throws(LabSyntaxError) {
        switch target.kind {
        case .name(let name):
            try compileStore(name: name, at: target.position)
        case .subscripted(let container, let index):
            try compileExpression(container)
            try compileExpression(index)
            builder.emit(.moveThirdToTop, at: target.position)
            builder.emit(.storeItem, at: target.position, subject: SourceText.of(target))
        case .tuple(let elements), .list(let elements):
            builder.emit(.unpack(elements.count), at: target.position, subject: "unpacking")
            for element in elements { try compileStore(to: element) }
        case .attribute:
            throw error(
                Messages.text("lab.compile.attribute-assignment"),
                at: target.position)
        default:
            throw error("cannot assign to this expression", at: target.position)
        }
    }

    mutating func compileStore(name: String, at position: SourcePosition) throws(LabSyntaxError) {
        if !builder.isModule, !builder.declaredGlobal.contains(name), let slot = builder.localIndex[name] {
            builder.emit(.storeLocal(slot), at: position, subject: name)
        } else if let slot = globalIndex[name] {
            builder.emit(.storeGlobal(slot), at: position, subject: name)
        } else {
            throw error("cannot assign to \(name) here", at: position)
        }
    }
}
