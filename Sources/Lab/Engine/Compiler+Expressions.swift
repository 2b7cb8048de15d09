import Messages

extension Compiler {
    mutating func compileExpression(_ expression: PyExpression) throws(LabSyntaxError) {
        let position = expression.position
        switch expression.kind {
        case .name(let name):
            try compileLoad(name: name, at: position)
        case .integer(let value):
            builder.emit(.constant(.int(value)), at: position)
        case .boolean(let value):
            builder.emit(.constant(.bool(value)), at: position)
        case .string(let value):
            builder.emit(.constant(.str(value)), at: position)
        case .none:
            builder.emit(.constant(.none), at: position)
        case .formattedString(let parts):
            for part in parts {
                switch part {
                case .literal(let text):
                    builder.emit(.constant(.str(text)), at: position)
                case .field(let field):
                    try compileExpression(field)
                    builder.emit(.formatValue, at: field.position, subject: SourceText.of(field))
                }
            }
            builder.emit(.buildString(parts.count), at: position)
        case .list(let elements):
            try compileAll(elements)
            builder.emit(.buildList(elements.count), at: position)
        case .tuple(let elements):
            try compileAll(elements)
            builder.emit(.buildTuple(elements.count), at: position)
        case .dictionary(let entries):
            for entry in entries {
                try compileExpression(entry.key)
                try compileExpression(entry.value)
            }
            builder.emit(.buildDictionary(entries.count), at: position)
        case .attribute(let base, let name):
            try compileAttribute(base, name, at: position, subject: SourceText.of(expression))
        case .subscripted(let base, let index):
            try compileExpression(base)
            try compileExpression(index)
            builder.emit(.loadItem, at: position, subject: SourceText.of(expression))
        case .call(let callee, let arguments, let keywords):
            try compileExpression(callee)
            try compileAll(arguments)
            for keyword in keywords {
                if keyword.name == "timeout" {
                    throw error(
                        Messages.text("lab.compile.timeout"), at: keyword.position)
                }
                try compileExpression(keyword.value)
            }
            builder.emit(
                .call(argumentCount: arguments.count, keywords: keywords.map(\.name)), at: position,
                subject: SourceText.of(callee))
        case .unary(let unaryOperator, let operand):
            try compileExpression(operand)
            builder.emit(.unary(unaryOperator), at: position, subject: SourceText.of(operand))
        case .binary(let binaryOperator, let left, let right):
            try compileExpression(left)
            try compileExpression(right)
            builder.emit(.binary(binaryOperator), at: position, subject: SourceText.of(expression))
        case .comparison(let first, let comparisons):
            try compileComparison(first, comparisons, at: position)
        case .logical(let logicalOperator, let operands):
            var jumps: [Int] = []
            for (offset, operand) in operands.enumerated() {
                try compileExpression(operand)
                if offset < operands.count - 1 {
                    jumps.append(
                        builder.emit(
                            logicalOperator == .and ? .jumpIfFalseOrPop(0) : .jumpIfTrueOrPop(0), at: position
                        ))
                }
            }
            for jump in jumps { builder.patch(jump) }
        case .conditional(let test, let body, let orElse):
            try compileExpression(test)
            let skipBody = builder.emit(.jumpIfFalse(0), at: position)
            try compileExpression(body)
            let skipElse = builder.emit(.jump(0), at: position)
            builder.patch(skipBody)
            try compileExpression(orElse)
            builder.patch(skipElse)
        case .lambda(let parameters, let body):
            let index = try compileLambda(parameters, body: body)
            builder.emit(.constant(.function(index)), at: position)
        }
    }

    private mutating func compileAll(_ expressions: [PyExpression]) throws(LabSyntaxError) {
        for expression in expressions { try compileExpression(expression) }
    }

    /// `a < b < c` evaluates `b` once and stops at the first false comparison, as Python does.
    private mutating func compileComparison(
        _ first: PyExpression, _ comparisons: [Comparison], at position: SourcePosition
    ) throws(LabSyntaxError) {
        try compileExpression(first)
        guard comparisons.count > 1 else {
            try compileExpression(comparisons[0].right)
            builder.emit(
                .compare(comparisons[0].comparisonOperator), at: position, subject: SourceText.of(first))
            return
        }
        var failures: [Int] = []
        for (offset, comparison) in comparisons.enumerated() {
            try compileExpression(comparison.right)
            if offset < comparisons.count - 1 {
                // Keep the right operand for the next comparison.
                builder.emit(.duplicate, at: position)
                builder.emit(.moveThirdToTop, at: position)
                builder.emit(.moveThirdToTop, at: position)
                builder.emit(
                    .compare(comparison.comparisonOperator), at: position, subject: SourceText.of(first))
                failures.append(builder.emit(.jumpIfFalseOrPop(0), at: position))
            } else {
                builder.emit(
                    .compare(comparison.comparisonOperator), at: position, subject: SourceText.of(first))
            }
        }
        let done = builder.emit(.jump(0), at: position)
        for failure in failures { builder.patch(failure) }
        // A failed link leaves (right operand, False): keep the False.
        builder.emit(.popBelowTop, at: position)
        builder.patch(done)
    }

    private mutating func compileAttribute(
        _ base: PyExpression, _ name: String, at position: SourcePosition, subject: String
    ) throws(LabSyntaxError) {
        if case .name(let baseName) = base.kind, let module = importedModules[baseName],
            builder.localIndex[baseName] == nil || builder.isModule
        {
            let builtin = try member(name, of: module, at: position)
            builder.emit(.constant(.builtin(builtin)), at: position)
            return
        }
        guard LabMethod(rawValue: name) != nil || LabAttribute(rawValue: name) != nil else {
            throw error(
                Messages.text(
                    "lab.compile.method",
                    ["method": name, "methods": LabMethod.allCases.map(\.rawValue).joined(separator: ", ")]),
                at: position)
        }
        try compileExpression(base)
        builder.emit(.attribute(name), at: position, subject: subject)
    }

    mutating func compileLoad(name: String, at position: SourcePosition) throws(LabSyntaxError) {
        if !builder.isModule, !builder.declaredGlobal.contains(name), let slot = builder.localIndex[name] {
            builder.emit(.loadLocal(slot), at: position, subject: name)
            return
        }
        if enclosingLocals.contains(name) {
            throw error(
                Messages.text("lab.compile.lambda-local", ["name": name]),
                at: position)
        }
        if let slot = globalIndex[name] {
            builder.emit(.loadGlobal(slot), at: position, subject: name)
        } else if let builtin = LabBuiltin.pythonBuiltins[name] {
            builder.emit(.constant(.builtin(builtin)), at: position)
        } else if LabBuiltin.unsupportedPythonBuiltins.contains(name) {
            throw error(
                Messages.text(
                    "lab.compile.builtin",
                    [
                        "name": name,
                        "builtins": LabBuiltin.pythonBuiltins.keys.sorted().joined(separator: ", "),
                    ]),
                at: position)
        } else {
            builder.emit(.raiseNameError(name), at: position, subject: name)
        }
    }
}
