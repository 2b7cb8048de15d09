/// Executes one instruction of a thread.
extension World {
    mutating func execute(_ thread: Int, _ context: inout StepContext) throws(PythonError) {
        let frameIndex = top(thread)
        let function = threads[thread].frames[frameIndex].function
        let counter = threads[thread].frames[frameIndex].programCounter
        let instruction = context.program.functions[function].code[counter]
        threads[thread].frames[frameIndex].programCounter = counter + 1
        switch instruction {
        case .constant(let value):
            push(value, on: thread)
        case .loadLocal(let slot):
            guard let value = threads[thread].frames[frameIndex].locals[slot] else {
                let name = context.program.functions[function].localNames[slot]
                throw PythonError(
                    "UnboundLocalError",
                    "cannot access local variable '\(name)' where it is not associated with a value")
            }
            push(value, on: thread)
        case .storeLocal(let slot):
            threads[thread].frames[frameIndex].locals[slot] = pop(from: thread)
        case .loadGlobal(let slot):
            guard let value = globals[slot] else {
                throw PythonError("NameError", "name '\(context.program.globals[slot].name)' is not defined")
            }
            if context.program.globals[slot].isShared {
                context.touch(.global(slot), write: false)
                context.record(.readShared(global: slot, value))
            }
            push(value, on: thread)
        case .storeGlobal(let slot):
            let value = pop(from: thread)
            globals[slot] = value
            if context.program.globals[slot].isShared {
                context.touch(.global(slot), write: true)
                context.record(.wroteShared(global: slot, value))
            }
            if let reference = value.heapReference, objectNames[reference] == nil {
                objectNames[reference] = context.program.globals[slot].name
            }
        case .raiseNameError(let name):
            throw PythonError("NameError", "name '\(name)' is not defined")
        case .pop:
            _ = pop(from: thread)
        case .duplicate:
            push(peek(thread), on: thread)
        case .duplicateTwo:
            let (first, second) = (peek(thread, depth: 1), peek(thread))
            push(first, on: thread)
            push(second, on: thread)
        case .moveThirdToTop:
            let values = pop(3, from: thread)
            push(values[1], on: thread)
            push(values[2], on: thread)
            push(values[0], on: thread)
        case .popBelowTop:
            let value = pop(from: thread)
            _ = pop(from: thread)
            push(value, on: thread)
        case .unary(let unaryOperator):
            let operand = pop(from: thread)
            push(try unary(unaryOperator, operand, &context), on: thread)
        case .binary(let binaryOperator):
            let right = pop(from: thread)
            let left = pop(from: thread)
            push(try binary(binaryOperator, left, right, &context), on: thread)
        case .compare(let comparisonOperator):
            let right = pop(from: thread)
            let left = pop(from: thread)
            push(.bool(try compare(comparisonOperator, left, right, &context)), on: thread)
        case .jump(let target):
            if target < counter { try countIteration(thread, &context) }
            jump(thread, to: target)
        case .jumpIfFalse(let target):
            if !truth(pop(from: thread), &context) { jump(thread, to: target) }
        case .jumpIfTrue(let target):
            if truth(pop(from: thread), &context) { jump(thread, to: target) }
        case .jumpIfFalseOrPop(let target):
            if truth(peek(thread), &context) { _ = pop(from: thread) } else { jump(thread, to: target) }
        case .jumpIfTrueOrPop(let target):
            if truth(peek(thread), &context) { jump(thread, to: target) } else { _ = pop(from: thread) }
        case .buildList(let count):
            push(allocate(.list(pop(count, from: thread))), on: thread)
        case .buildTuple(let count):
            push(.tuple(pop(count, from: thread)), on: thread)
        case .buildDictionary(let count):
            let flat = pop(count * 2, from: thread)
            var keys: [LabValue] = []
            var values: [LabValue] = []
            for pair in 0..<count {
                try requireHashable(flat[pair * 2])
                if let existing = keys.firstIndex(of: flat[pair * 2]) {
                    values[existing] = flat[pair * 2 + 1]
                } else {
                    keys.append(flat[pair * 2])
                    values.append(flat[pair * 2 + 1])
                }
            }
            push(allocate(.dictionary(keys: keys, values: values)), on: thread)
        case .buildString(let count):
            let parts = pop(count, from: thread)
            push(
                .str(parts.map { part in if case .str(let text) = part { text } else { "" } }.joined()),
                on: thread)
        case .formatValue:
            let value = pop(from: thread)
            push(.str(text(of: value, &context)), on: thread)
        case .loadItem:
            let index = pop(from: thread)
            let container = pop(from: thread)
            push(try item(of: container, at: index, &context), on: thread)
        case .storeItem:
            let values = pop(3, from: thread)
            try setItem(of: values[0], at: values[1], to: values[2], &context)
        case .attribute(let name):
            push(try attribute(name, of: pop(from: thread)), on: thread)
        case .call(let argumentCount, let keywords):
            let arguments = pop(argumentCount + keywords.count, from: thread)
            let callee = pop(from: thread)
            try call(
                callee, arguments: Array(arguments.prefix(argumentCount)), keywordNames: keywords,
                keywordValues: Array(arguments.dropFirst(argumentCount)), by: thread, &context)
        case .unpack(let count):
            let elements = try sequenceElements(pop(from: thread), &context)
            guard elements.count == count else {
                throw PythonError(
                    "ValueError",
                    elements.count > count
                        ? "too many values to unpack (expected \(count))"
                        : "not enough values to unpack (expected \(count), got \(elements.count))")
            }
            for element in elements.reversed() { push(element, on: thread) }
        case .makeIterator:
            push(try iterator(over: pop(from: thread), &context), on: thread)
        case .forIteration(let exit):
            try iterate(thread, exit: exit, &context)
        case .returnValue:
            let value = pop(from: thread)
            threads[thread].frames.removeLast()
            if threads[thread].frames.isEmpty {
                finish(thread, &context)
            } else {
                push(value, on: thread)
            }
        case .enterWith:
            let context0 = pop(from: thread)
            try enter(context0, by: thread, &context)
            if let reference = context0.heapReference {
                threads[thread].frames[frameIndex].withContexts.append(reference)
            }
            push(.bool(true), on: thread)
        case .exitWith:
            let reference = threads[thread].frames[frameIndex].withContexts.removeLast()
            try exit(reference, by: thread, &context)
        case .raiseAssertion(let hasMessage):
            let message = hasMessage ? text(of: pop(from: thread), &context) : ""
            throw PythonError("AssertionError", message)
        }
    }

    /// A loop iteration counts against the step limit even when it has no visible action, so
    /// that `while True: pass` ends.
    mutating func countIteration(_ thread: Int, _ context: inout StepContext) throws(PythonError) {
        stepCounts[thread] += 1
        if stepCounts[thread] > context.stepLimit { throw StepLimitReached.error }
    }

    mutating func allocate(_ object: HeapObject) -> LabValue {
        heap.append(object)
        return .object(heap.count - 1)
    }

    private mutating func iterate(_ thread: Int, exit: Int, _ context: inout StepContext) throws(PythonError)
    {
        let iteratorValue = pop(from: thread)
        switch iteratorValue {
        case .rangeIterator(let next, let stop, let step):
            if step > 0 ? next < stop : next > stop {
                push(.rangeIterator(next: next + step, stop: stop, step: step), on: thread)
                push(.int(next), on: thread)
                return
            }
        case .tupleIterator(let elements, let next):
            if next < elements.count {
                push(.tupleIterator(elements, next: next + 1), on: thread)
                push(elements[next], on: thread)
                return
            }
        case .listIterator(let reference, let next):
            context.touch(.object(reference), write: false)
            if case .list(let elements) = heap[reference], next < elements.count {
                push(.listIterator(reference, next: next + 1), on: thread)
                push(elements[next], on: thread)
                return
            }
        default:
            break
        }
        jump(thread, to: exit)
    }
}

/// Thrown through the interpreter when a thread runs out of steps; the engine turns it into
/// the run's ending rather than a Python exception.
enum StepLimitReached {
    static let error = PythonError("<step limit>", "")
}
