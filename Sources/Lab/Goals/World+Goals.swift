/// Judging a goal on one state. Nothing here changes the state: an `end` expression is
/// evaluated on a copy of the world.
extension World {
    /// Whether the state wins `condition`; `ending` is the state's ending, computed once by the
    /// caller.
    func meets(_ condition: LabGoal.Condition, ending: LabEnding?, program: LabProgram) -> Bool {
        switch condition {
        case .deadlock:
            if case .deadlock? = ending { return true }
            return false
        case .exception(let type):
            // `exceptions` only grows, so once raised the goal stays met, even while other
            // threads still run.
            return exceptions.contains { Self.exceptionType($0.type, matches: type) }
        case .end(let expression):
            guard ending == .completed else { return false }
            var copy = self
            var context = StepContext(program: program, stepLimit: 0, recordingEffects: false)
            guard let value = try? copy.evaluateGoal(expression, &context) else { return false }
            return copy.truth(value, &context)
        case .criticalLines(let lines):
            return threadsInside(atLeast: 2) { thread in
                lines.contains(currentPosition(of: thread, program: program).line)
            }
        case .criticalFunction(let name):
            return threadsInside(atLeast: 2) { thread in
                threads[thread].frames.contains { program.functions[$0.function].name == name }
            }
        }
    }

    private func threadsInside(atLeast count: Int, _ isInside: (Int) -> Bool) -> Bool {
        var found = 0
        for thread in threads.indices where threads[thread].isRunning && isInside(thread) {
            found += 1
            if found == count { return true }
        }
        return false
    }

    /// The engine names `queue.Empty` by its real type, `_queue.Empty`.
    private static func exceptionType(_ raised: String, matches goal: String) -> Bool {
        raised == goal || (raised == "_queue.Empty" && goal == "queue.Empty")
    }

    /// Python's value of a goal expression over the globals, with the interpreter's own
    /// operators, so that `==`, `and`, indexing and `len` mean what they mean in the program.
    mutating func evaluateGoal(_ expression: PyExpression, _ context: inout StepContext) throws(PythonError)
        -> LabValue
    {
        switch expression.kind {
        case .name(let name):
            guard let slot = context.program.globals.firstIndex(where: { $0.name == name }),
                let value = globals[slot]
            else { throw PythonError("NameError", "name '\(name)' is not defined") }
            return value
        case .integer(let value): return .int(value)
        case .boolean(let value): return .bool(value)
        case .string(let value): return .str(value)
        case .none: return .none
        case .list(let elements): return allocate(.list(try evaluateGoals(elements, &context)))
        case .tuple(let elements): return .tuple(try evaluateGoals(elements, &context))
        case .dictionary(let entries):
            var keys: [LabValue] = []
            var values: [LabValue] = []
            for entry in entries {
                let key = try evaluateGoal(entry.key, &context)
                let value = try evaluateGoal(entry.value, &context)
                try requireHashable(key)
                if let existing = keys.firstIndex(of: key) {
                    values[existing] = value
                } else {
                    keys.append(key)
                    values.append(value)
                }
            }
            return allocate(.dictionary(keys: keys, values: values))
        case .subscripted(let base, let index):
            let container = try evaluateGoal(base, &context)
            return try item(of: container, at: try evaluateGoal(index, &context), &context)
        case .call(let callee, let arguments, _):
            guard case .name(let name) = callee.kind, let builtin = LabBuiltin.pythonBuiltins[name] else {
                throw .typeError("a goal calls builtins only")
            }
            let call = CallArguments(
                positional: try evaluateGoals(arguments, &context), keywordNames: [], keywordValues: [],
                callee: "\(name)()")
            return try callBuiltin(builtin, call, by: 0, &context)
        case .unary(let unaryOperator, let operand):
            return try unary(unaryOperator, try evaluateGoal(operand, &context), &context)
        case .binary(let binaryOperator, let left, let right):
            let leftValue = try evaluateGoal(left, &context)
            return try binary(binaryOperator, leftValue, try evaluateGoal(right, &context), &context)
        case .comparison(let first, let comparisons):
            var left = try evaluateGoal(first, &context)
            for comparison in comparisons {
                let right = try evaluateGoal(comparison.right, &context)
                guard try compare(comparison.comparisonOperator, left, right, &context) else {
                    return .bool(false)
                }
                left = right
            }
            return .bool(true)
        case .logical(let logicalOperator, let operands):
            // Python's `and` and `or` give the operand that decided, not a bool.
            var value = try evaluateGoal(operands[0], &context)
            for operand in operands.dropFirst() {
                let decided = logicalOperator == .and ? !truth(value, &context) : truth(value, &context)
                if decided { return value }
                value = try evaluateGoal(operand, &context)
            }
            return value
        case .conditional(let test, let body, let orElse):
            return try evaluateGoal(
                truth(try evaluateGoal(test, &context), &context) ? body : orElse, &context)
        case .attribute, .formattedString, .lambda:
            throw .typeError("a goal cannot evaluate this")
        }
    }

    private mutating func evaluateGoals(_ expressions: [PyExpression], _ context: inout StepContext)
        throws(PythonError) -> [LabValue]
    {
        var values: [LabValue] = []
        for expression in expressions { values.append(try evaluateGoal(expression, &context)) }
        return values
    }
}
