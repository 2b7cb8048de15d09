/// Calling functions, builtins and methods.
extension World {
    mutating func call(
        _ callee: LabValue, arguments: [LabValue], keywordNames: [String], keywordValues: [LabValue],
        by thread: Int,
        _ context: inout StepContext
    ) throws(PythonError) {
        switch callee {
        case .function(let index):
            let locals = try bind(
                index, positional: arguments, keywordNames: keywordNames, keywordValues: keywordValues,
                context)
            threads[thread].frames.append(Frame(function: index, locals: locals))
        case .builtin(let builtin):
            let call = CallArguments(
                positional: arguments, keywordNames: keywordNames, keywordValues: keywordValues,
                callee: "\(builtin.rawValue)()")
            push(try callBuiltin(builtin, call, by: thread, &context), on: thread)
        case .boundMethod(let receiver, let method):
            let call = CallArguments(
                positional: arguments, keywordNames: keywordNames, keywordValues: keywordValues,
                callee: "\(method.rawValue)()")
            try callMethod(method, on: receiver, call, by: thread, &context)
        default:
            throw .typeError("'\(typeName(of: callee))' object is not callable")
        }
    }

    /// The locals of a call of function `index`, parameters bound as Python binds them.
    func bind(
        _ index: Int, positional: [LabValue], keywordNames: [String], keywordValues: [LabValue],
        _ context: StepContext
    ) throws(PythonError) -> [LabValue?] {
        let function = context.program.functions[index]
        var locals = [LabValue?](repeating: nil, count: function.localNames.count)
        let parameterCount = function.parameters.count
        guard positional.count <= parameterCount else {
            throw .typeError(
                "\(function.name)() takes \(parameterCount) positional argument\(parameterCount == 1 ? "" : "s") "
                    + "but \(positional.count) \(positional.count == 1 ? "was" : "were") given")
        }
        for (slot, value) in positional.enumerated() { locals[slot] = value }
        for (name, value) in zip(keywordNames, keywordValues) {
            guard let slot = function.parameters.firstIndex(of: name) else {
                throw .typeError("\(function.name)() got an unexpected keyword argument '\(name)'")
            }
            guard locals[slot] == nil else {
                throw .typeError("\(function.name)() got multiple values for argument '\(name)'")
            }
            locals[slot] = value
        }
        for slot in 0..<parameterCount where locals[slot] == nil {
            guard let defaultValue = function.defaults[slot] else {
                throw .typeError(
                    "\(function.name)() missing 1 required positional argument: '\(function.parameters[slot])'"
                )
            }
            locals[slot] = defaultValue
        }
        return locals
    }

    mutating func callBuiltin(
        _ builtin: LabBuiltin, _ call: CallArguments, by thread: Int, _ context: inout StepContext
    )
        throws(PythonError) -> LabValue
    {
        let arguments = call.positional
        switch builtin {
        case .print:
            try call.check(positional: .max, keywords: ["sep", "end", "flush"])
            let separator = try optionalText(call.value("sep"), default: " ", parameter: "sep")
            let end = try optionalText(call.value("end"), default: "\n", parameter: "end")
            var line = ""
            for (offset, argument) in arguments.enumerated() {
                if offset > 0 { line += separator }
                line += text(of: argument, &context)
            }
            emit(line + end, &context)
            return .none
        case .len:
            try requireCount(call, 1)
            if case .str(let text) = arguments[0] { return .int(text.count) }
            if case .object(let reference) = arguments[0], case .dictionary(let keys, _) = heap[reference] {
                context.touch(.object(reference), write: false)
                return .int(keys.count)
            }
            if case .rangeIterator = arguments[0] {
                return .int(try sequenceElements(arguments[0], &context).count)
            }
            guard case .object(let reference) = arguments[0], case .list(let elements) = heap[reference]
            else {
                if case .tuple(let elements) = arguments[0] { return .int(elements.count) }
                throw .typeError("object of type '\(typeName(of: arguments[0]))' has no len()")
            }
            context.touch(.object(reference), write: false)
            return .int(elements.count)
        case .range:
            try call.check(positional: 3)
            let bounds = try arguments.map { value throws(PythonError) in
                guard let number = integer(value) else {
                    throw PythonError.typeError(
                        "'\(typeName(of: value))' object cannot be interpreted as an integer")
                }
                return number
            }
            switch bounds.count {
            case 1: return .rangeIterator(next: 0, stop: bounds[0], step: 1)
            case 2: return .rangeIterator(next: bounds[0], stop: bounds[1], step: 1)
            case 3:
                guard bounds[2] != 0 else {
                    throw PythonError("ValueError", "range() arg 3 must not be zero")
                }
                return .rangeIterator(next: bounds[0], stop: bounds[1], step: bounds[2])
            default: throw .typeError("range expected at least 1 argument, got 0")
            }
        case .str:
            try call.check(positional: 1)
            return .str(arguments.isEmpty ? "" : text(of: arguments[0], &context))
        case .int:
            try call.check(positional: 1)
            guard let value = arguments.first else { return .int(0) }
            if let number = integer(value) { return .int(number) }
            if case .str(let text) = value {
                let trimmed = text.trimmingSpaces
                if let number = Int(trimmed) { return .int(number) }
                throw PythonError(
                    "ValueError",
                    "invalid literal for int() with base 10: \(representation(of: value, &context))")
            }
            throw .typeError("int() argument must be a string or a number, not '\(typeName(of: value))'")
        case .bool:
            try call.check(positional: 1)
            return .bool(arguments.first.map { truth($0, &context) } ?? false)
        case .abs:
            try requireCount(call, 1)
            guard let number = integer(arguments[0]) else {
                throw .typeError("bad operand type for abs(): '\(typeName(of: arguments[0]))'")
            }
            if number == .min { throw .overflow }
            return .int(Swift.abs(number))
        case .min, .max:
            try call.check(positional: .max)
            let candidates = arguments.count == 1 ? try sequenceElements(arguments[0], &context) : arguments
            guard var best = candidates.first else {
                throw PythonError("ValueError", "\(builtin.rawValue)() arg is an empty sequence")
            }
            for candidate in candidates.dropFirst() {
                let ordering = try order(candidate, best, &context)
                if builtin == .min ? ordering < 0 : ordering > 0 { best = candidate }
            }
            return best
        case .sum:
            try call.check(positional: 2)
            guard let iterable = arguments.first else {
                throw .typeError("sum() takes at least 1 positional argument")
            }
            var total = arguments.count > 1 ? arguments[1] : .int(0)
            for element in try sequenceElements(iterable, &context) {
                total = try binary(.add, total, element, &context)
            }
            return total
        case .list:
            try call.check(positional: 1)
            return allocate(
                .list(
                    try arguments.first.map { value throws(PythonError) in
                        try sequenceElements(value, &context)
                    } ?? []))
        case .tuple:
            try call.check(positional: 1)
            return .tuple(
                try arguments.first.map { value throws(PythonError) in try sequenceElements(value, &context) }
                    ?? [])
        case .sleep:
            try requireCount(call, 1)
            guard integer(arguments[0]) != nil else {
                throw .typeError(
                    "the lab's time.sleep takes an int: the lab has no floats, and no clock either")
            }
            return .none
        case .currentThread:
            try call.check(positional: 0)
            return .object(threads[thread].objectReference)
        case .lock, .reentrantLock, .condition, .semaphore, .boundedSemaphore, .event, .barrier, .queue,
            .lastInFirstOutQueue, .priorityQueue, .thread:
            return try construct(builtin, call, &context)
        }
    }

    private func requireCount(_ call: CallArguments, _ count: Int) throws(PythonError) {
        try call.check(positional: count)
        guard call.positional.count == count else {
            throw .typeError(
                "\(call.callee) takes exactly \(count) argument\(count == 1 ? "" : "s") (\(call.positional.count) given)"
            )
        }
    }

    private func optionalText(_ value: LabValue?, default defaultText: String, parameter: String)
        throws(PythonError)
        -> String
    {
        switch value {
        case nil, .none?: return defaultText
        case .str(let text)?: return text
        case let other?: throw .typeError("\(parameter) must be None or a string, not \(typeName(of: other))")
        }
    }

    /// Appends printed text, splitting it into lines as a terminal shows them.
    mutating func emit(_ text: String, _ context: inout StepContext) {
        context.touch(.output, write: true)
        var pieces = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let last = pieces.removeLast()
        for piece in pieces {
            printedLines.append(partialLine + piece)
            context.record(.printed(partialLine + piece))
            partialLine = ""
        }
        partialLine += last
    }
}

extension String {
    var trimmingSpaces: String {
        String(
            drop { $0 == " " || $0 == "\t" || $0 == "\n" }.reversed().drop {
                $0 == " " || $0 == "\t" || $0 == "\n"
            }.reversed())
    }
}
