/// Indexing, iteration and attributes.
extension World {
    mutating func item(of container: LabValue, at index: LabValue, _ context: inout StepContext)
        throws(PythonError) -> LabValue
    {
        switch container {
        case .tuple(let elements):
            return elements[try position(index, in: elements.count, kind: "tuple")]
        case .str(let text):
            let characters = Array(text)
            return .str(String(characters[try position(index, in: characters.count, kind: "string")]))
        case .object(let reference):
            switch heap[reference] {
            case .list(let elements):
                context.touch(.object(reference), write: false)
                return elements[try position(index, in: elements.count, kind: "list")]
            case .dictionary(let keys, let values):
                context.touch(.object(reference), write: false)
                try requireHashable(index)
                guard let found = keys.firstIndex(where: { equal($0, index, &context) }) else {
                    throw PythonError("KeyError", representation(of: index, &context))
                }
                return values[found]
            default: break
            }
        default: break
        }
        throw .typeError("'\(typeName(of: container))' object is not subscriptable")
    }

    mutating func setItem(
        of container: LabValue, at index: LabValue, to value: LabValue, _ context: inout StepContext
    )
        throws(PythonError)
    {
        guard case .object(let reference) = container else {
            throw .typeError("'\(typeName(of: container))' object does not support item assignment")
        }
        switch heap[reference] {
        case .list(var elements):
            context.touch(.object(reference), write: true)
            elements[try position(index, in: elements.count, kind: "list", assignment: true)] = value
            heap[reference] = .list(elements)
        case .dictionary(var keys, var values):
            context.touch(.object(reference), write: true)
            try requireHashable(index)
            if let found = keys.firstIndex(where: { equal($0, index, &context) }) {
                values[found] = value
            } else {
                keys.append(index)
                values.append(value)
            }
            heap[reference] = .dictionary(keys: keys, values: values)
        default:
            throw .typeError("'\(heap[reference].typeName)' object does not support item assignment")
        }
    }

    /// A Python index (negative counts from the end) as an array position, or IndexError.
    func position(_ index: LabValue, in count: Int, kind: String, assignment: Bool = false)
        throws(PythonError)
        -> Int
    {
        guard let number = integer(index) else {
            throw .typeError("\(kind) indices must be integers, not \(typeName(of: index))")
        }
        let resolved = number < 0 ? number + count : number
        guard resolved >= 0, resolved < count else {
            throw PythonError("IndexError", "\(kind) \(assignment ? "assignment " : "")index out of range")
        }
        return resolved
    }

    func requireHashable(_ key: LabValue) throws(PythonError) {
        if case .object(let reference) = key, heap[reference].isData {
            throw .typeError("unhashable type: '\(heap[reference].typeName)'")
        }
    }

    /// The elements of anything a `for` loop or `list()` accepts, read all at once.
    mutating func sequenceElements(_ value: LabValue, _ context: inout StepContext) throws(PythonError)
        -> [LabValue]
    {
        switch value {
        case .tuple(let elements): return elements
        case .str(let text): return text.map { .str(String($0)) }
        case .rangeIterator(let next, let stop, let step):
            return Swift.stride(from: next, to: stop, by: step).map { .int($0) }
        case .object(let reference):
            switch heap[reference] {
            case .list(let elements):
                context.touch(.object(reference), write: false)
                return elements
            case .dictionary(let keys, _):
                context.touch(.object(reference), write: false)
                return keys
            default: break
            }
        default: break
        }
        throw .typeError("'\(typeName(of: value))' object is not iterable")
    }

    /// A `for` loop's iterator. A list is read one element per step, as Python's list iterator
    /// reads the live list; everything else is immutable and read up front.
    mutating func iterator(over value: LabValue, _ context: inout StepContext) throws(PythonError) -> LabValue
    {
        switch value {
        case .rangeIterator: return value
        case .object(let reference):
            if case .list = heap[reference] { return .listIterator(reference, next: 0) }
        default: break
        }
        return .tupleIterator(try sequenceElements(value, &context), next: 0)
    }

    func attribute(_ name: String, of value: LabValue) throws(PythonError) -> LabValue {
        if case .object(let reference) = value {
            if case .thread(let thread) = heap[reference] {
                switch LabAttribute(rawValue: name) {
                case .name: return .str(threads[thread].name)
                case .daemon: return .bool(threads[thread].isDaemon)
                case nil: break
                }
            }
            if let method = LabMethod(rawValue: name), heap[reference].supports(method) {
                return .boundMethod(receiver: reference, method)
            }
        }
        throw PythonError("AttributeError", "'\(typeName(of: value))' object has no attribute '\(name)'")
    }
}

extension HeapObject {
    func supports(_ method: LabMethod) -> Bool {
        switch self {
        case .list: [.append, .pop, .insert, .extend, .remove, .index, .count].contains(method)
        case .dictionary: [.get, .keys, .values, .items, .pop].contains(method)
        case .lock, .reentrantLock, .semaphore: [.acquire, .release].contains(method) || (method == .locked)
        case .condition: [.acquire, .release, .wait, .waitFor, .notify, .notifyAll].contains(method)
        case .event: [.set, .clear, .isSet, .wait].contains(method)
        case .barrier: method == .wait
        case .queue: [.put, .get, .taskDone, .join, .qsize, .empty, .full].contains(method)
        case .thread: [.start, .join, .isAlive].contains(method)
        }
    }
}
