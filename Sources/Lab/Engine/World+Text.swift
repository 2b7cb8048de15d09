/// Python's `str()` and `repr()` of lab values.
extension World {
    func typeName(of value: LabValue) -> String {
        switch value {
        case .none: "NoneType"
        case .bool: "bool"
        case .int: "int"
        case .str: "str"
        case .tuple: "tuple"
        case .object(let reference): heap[reference].typeName
        case .function: "function"
        case .builtin: "builtin_function_or_method"
        case .module: "module"
        case .boundMethod: "method"
        case .rangeIterator: "range"
        case .tupleIterator: "tuple_iterator"
        case .listIterator: "list_iterator"
        }
    }

    /// `str(value)`; reading a list or dict to print it is a read of that object.
    mutating func text(of value: LabValue, _ context: inout StepContext) -> String {
        if case .str(let text) = value { return text }
        return representation(of: value, &context)
    }

    mutating func representation(of value: LabValue, _ context: inout StepContext) -> String {
        switch value {
        case .none: return "None"
        case .bool(let flag): return flag ? "True" : "False"
        case .int(let number): return String(number)
        case .str(let text): return quoted(text)
        case .tuple(let elements):
            let parts = elements.map { representation(of: $0, &context) }
            return parts.count == 1 ? "(\(parts[0]),)" : "(\(parts.joined(separator: ", ")))"
        case .object(let reference):
            return objectRepresentation(reference, &context)
        case .function(let index): return "<function \(context.program.functions[index].name)>"
        case .builtin(let builtin): return "<built-in function \(builtin.rawValue)>"
        case .module(let module): return "<module '\(module.rawValue)'>"
        case .boundMethod(let receiver, let method):
            return "<bound method \(method.rawValue) of \(objectName(receiver))>"
        case .rangeIterator(let next, let stop, let step):
            return step == 1 ? "range(\(next), \(stop))" : "range(\(next), \(stop), \(step))"
        case .tupleIterator, .listIterator: return "<\(typeName(of: value)) object>"
        }
    }

    private mutating func objectRepresentation(_ reference: Int, _ context: inout StepContext) -> String {
        switch heap[reference] {
        case .list(let elements):
            context.touch(.object(reference), write: false)
            return "[" + elements.map { representation(of: $0, &context) }.joined(separator: ", ") + "]"
        case .dictionary(let keys, let values):
            context.touch(.object(reference), write: false)
            let entries = zip(keys, values).map {
                representation(of: $0, &context) + ": " + representation(of: $1, &context)
            }
            return "{" + entries.joined(separator: ", ") + "}"
        case .thread(let thread):
            let state =
                threads[thread].isRunning ? "started" : threads[thread].isFinished ? "stopped" : "initial"
            return "<Thread(\(threads[thread].name), \(state))>"
        default:
            return "<\(heap[reference].typeName) object \(objectName(reference))>"
        }
    }

    /// Python's quoting: single quotes unless the text contains one and no double quote.
    private func quoted(_ text: String) -> String {
        let useDouble = text.contains("'") && !text.contains("\"")
        let quote: Character = useDouble ? "\"" : "'"
        var result = String(quote)
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case quote: result += "\\\(quote)"
            default: result.append(character)
            }
        }
        result.append(quote)
        return result
    }
}
