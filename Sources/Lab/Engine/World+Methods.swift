import Trace

/// Methods of lists, dicts and the threading objects. A blocking method is only executed once
/// the scheduler found it can proceed (see ``World/blocker(of:in:)``).
extension World {
    mutating func callMethod(
        _ method: LabMethod, on receiver: Int, _ call: CallArguments, by thread: Int,
        _ context: inout StepContext
    ) throws(PythonError) {
        switch heap[receiver] {
        case .list, .dictionary:
            push(try collectionMethod(method, on: receiver, call, &context), on: thread)
        case .lock, .reentrantLock, .semaphore:
            push(try lockMethod(method, on: receiver, call, by: thread, &context), on: thread)
        case .condition(let lock, _):
            try conditionMethod(method, on: receiver, lock: lock, call, by: thread, &context)
        case .event(let isSet):
            try call.check(positional: 0)
            context.touch(.object(receiver), write: method != .isSet && method != .wait)
            switch method {
            case .set:
                heap[receiver] = .event(isSet: true)
                context.record(.operation(object: receiver, .set))
                push(.none, on: thread)
            case .clear:
                heap[receiver] = .event(isSet: false)
                context.record(.operation(object: receiver, .clear))
                push(.none, on: thread)
            default:
                push(.bool(isSet), on: thread)
            }
        case .barrier(let parties, let arrived, let generation):
            try call.check(positional: 0)
            context.touch(.object(receiver), write: true)
            if arrived + 1 == parties {
                heap[receiver] = .barrier(parties: parties, arrived: 0, generation: generation + 1)
                context.record(.operation(object: receiver, .notifyAll))
                push(.int(arrived), on: thread)
            } else {
                heap[receiver] = .barrier(parties: parties, arrived: arrived + 1, generation: generation)
                threads[thread].suspension = .barrier(receiver, generation: generation, index: arrived)
            }
        case .queue:
            push(try queueMethod(method, on: receiver, call, &context), on: thread)
        case .thread(let target):
            push(try threadMethod(method, on: target, call, by: thread, &context), on: thread)
        }
    }

    private mutating func lockMethod(
        _ method: LabMethod, on receiver: Int, _ call: CallArguments, by thread: Int,
        _ context: inout StepContext
    ) throws(PythonError) -> LabValue {
        context.touch(.object(receiver), write: method != .locked)
        switch method {
        case .acquire:
            try call.check(positional: 1, keywords: ["blocking"])
            let acquired = acquire(receiver, by: thread)
            if acquired { context.record(.operation(object: receiver, .acquire)) }
            return .bool(acquired)
        case .release:
            if case .semaphore = heap[receiver] {
                try call.check(positional: 1, keywords: ["n"])
                let count = integer(call.value("n", at: 0) ?? .int(1)) ?? 1
                try releaseSemaphore(receiver, count: count)
            } else {
                try call.check(positional: 0)
                try release(receiver, by: thread)
            }
            context.record(.operation(object: receiver, .release))
            return .none
        default:
            if case .lock(let owner) = heap[receiver] { return .bool(owner != nil) }
            if case .reentrantLock(let owner, _) = heap[receiver] { return .bool(owner != nil) }
            throw PythonError(
                "AttributeError", "'\(heap[receiver].typeName)' object has no attribute 'locked'")
        }
    }

    /// Takes a lock, an RLock level or a semaphore unit if it is free; whether it did.
    mutating func acquire(_ reference: Int, by thread: Int) -> Bool {
        switch heap[reference] {
        case .lock(let owner) where owner == nil:
            heap[reference] = .lock(owner: thread)
        case .reentrantLock(let owner, let depth) where owner == nil || owner == thread:
            heap[reference] = .reentrantLock(owner: thread, depth: depth + 1)
        case .semaphore(let value, let bound) where value > 0:
            heap[reference] = .semaphore(value: value - 1, bound: bound)
        default:
            return false
        }
        return true
    }

    mutating func release(_ reference: Int, by thread: Int) throws(PythonError) {
        switch heap[reference] {
        case .lock(let owner):
            guard owner != nil else { throw PythonError("RuntimeError", "release unlocked lock") }
            heap[reference] = .lock(owner: nil)
        case .reentrantLock(let owner, let depth):
            guard owner == thread else {
                throw PythonError("RuntimeError", "cannot release un-acquired lock")
            }
            heap[reference] = .reentrantLock(owner: depth > 1 ? thread : nil, depth: depth - 1)
        case .semaphore:
            try releaseSemaphore(reference, count: 1)
        default:
            break
        }
    }

    private mutating func releaseSemaphore(_ reference: Int, count: Int) throws(PythonError) {
        guard case .semaphore(let value, let bound) = heap[reference] else { return }
        guard count >= 1 else { throw PythonError("ValueError", "n must be one or more") }
        if let bound, value + count > bound {
            throw PythonError("ValueError", "Semaphore released too many times")
        }
        heap[reference] = .semaphore(value: value + count, bound: bound)
    }

    /// Whether `thread` may wait on or notify a condition built on `lock`: an RLock must be
    /// held by it, a Lock merely held, as CPython's `_is_owned` decides.
    func owns(_ lock: Int, _ thread: Int) -> Bool {
        switch heap[lock] {
        case .lock(let owner): owner != nil
        case .reentrantLock(let owner, _): owner == thread
        default: false
        }
    }

    private mutating func conditionMethod(
        _ method: LabMethod, on receiver: Int, lock: Int, _ call: CallArguments, by thread: Int,
        _ context: inout StepContext
    ) throws(PythonError) {
        context.touch(.object(receiver), write: true)
        context.touch(.object(lock), write: true)
        switch method {
        case .acquire:
            try call.check(positional: 1, keywords: ["blocking"])
            let acquired = acquire(lock, by: thread)
            if acquired { context.record(.operation(object: receiver, .acquire)) }
            push(.bool(acquired), on: thread)
        case .release:
            try call.check(positional: 0)
            try release(lock, by: thread)
            context.record(.operation(object: receiver, .release))
            push(.none, on: thread)
        case .wait:
            try call.check(positional: 0)
            guard owns(lock, thread) else {
                throw PythonError("RuntimeError", "cannot wait on un-acquired lock")
            }
            var depth = 1
            if case .reentrantLock(_, let held) = heap[lock] { depth = held }
            heap[lock] = heap[lock].released
            if case .condition(_, let waiters) = heap[receiver] {
                heap[receiver] = .condition(lock: lock, waiters: waiters + [thread])
            }
            context.record(.operation(object: receiver, .release))
            threads[thread].suspension = .condition(receiver, depth: depth)
        case .waitFor:
            try call.check(positional: 1, keywords: ["predicate"])
            guard let predicate = call.value("predicate", at: 0) else {
                throw .typeError("wait_for() missing 1 required positional argument: 'predicate'")
            }
            let helper = context.program.waitForFunction
            let locals = try bind(
                helper, positional: [.object(receiver), predicate], keywordNames: [], keywordValues: [],
                context)
            threads[thread].frames.append(Frame(function: helper, locals: locals))
        case .notify, .notifyAll:
            try call.check(positional: method == .notify ? 1 : 0, keywords: method == .notify ? ["n"] : [])
            guard owns(lock, thread) else {
                throw PythonError("RuntimeError", "cannot notify on un-acquired lock")
            }
            guard case .condition(_, let waiters) = heap[receiver] else { return }
            let count = method == .notifyAll ? waiters.count : integer(call.value("n", at: 0) ?? .int(1)) ?? 1
            let woken = min(max(0, count), waiters.count)
            heap[receiver] = .condition(lock: lock, waiters: Array(waiters.dropFirst(woken)))
            context.record(
                .operation(object: receiver, method == .notifyAll ? .notifyAll : .notify(count: woken)))
            push(.none, on: thread)
        default:
            throw PythonError("AttributeError", "'Condition' object has no attribute '\(method.rawValue)'")
        }
    }

    private mutating func collectionMethod(
        _ method: LabMethod, on receiver: Int, _ call: CallArguments, _ context: inout StepContext
    ) throws(PythonError) -> LabValue {
        let writes: Set<LabMethod> = [.append, .pop, .insert, .extend, .remove]
        context.touch(.object(receiver), write: writes.contains(method))
        let arguments = call.positional
        switch (heap[receiver], method) {
        case (.list(var elements), _):
            defer { heap[receiver] = .list(elements) }
            switch method {
            case .append:
                try call.check(positional: 1)
                guard arguments.count == 1 else {
                    throw .typeError("list.append() takes exactly one argument (0 given)")
                }
                elements.append(arguments[0])
            case .pop:
                try call.check(positional: 1)
                guard !elements.isEmpty else { throw PythonError("IndexError", "pop from empty list") }
                guard let index = arguments.first else { return elements.removeLast() }
                guard let number = integer(index), (-elements.count..<elements.count).contains(number) else {
                    throw PythonError("IndexError", "pop index out of range")
                }
                return elements.remove(at: number < 0 ? number + elements.count : number)
            case .insert:
                try call.check(positional: 2)
                guard arguments.count == 2, let index = integer(arguments[0]) else {
                    throw .typeError("insert expected 2 arguments")
                }
                let resolved = index < 0 ? max(0, index + elements.count) : min(index, elements.count)
                elements.insert(arguments[1], at: resolved)
            case .extend:
                try call.check(positional: 1)
                guard let iterable = arguments.first else {
                    throw .typeError("list.extend() takes exactly one argument (0 given)")
                }
                elements.append(contentsOf: try sequenceElements(iterable, &context))
            case .remove, .index:
                try call.check(positional: 1)
                guard let value = arguments.first,
                    let found = elements.firstIndex(where: { equal($0, value, &context) })
                else {
                    throw PythonError(
                        "ValueError",
                        method == .remove
                            ? "list.remove(x): x not in list"
                            : "\(arguments.first.map { representation(of: $0, &context) } ?? "") is not in list"
                    )
                }
                if method == .index { return .int(found) }
                elements.remove(at: found)
            case .count:
                try call.check(positional: 1)
                guard let value = arguments.first else {
                    throw .typeError("list.count() takes exactly one argument")
                }
                return .int(elements.filter { equal($0, value, &context) }.count)
            default:
                throw PythonError("AttributeError", "'list' object has no attribute '\(method.rawValue)'")
            }
            return .none
        case (.dictionary(var keys, var values), _):
            switch method {
            case .get, .pop:
                try call.check(positional: 2)
                guard let key = arguments.first else {
                    throw .typeError("\(method.rawValue) expected at least 1 argument, got 0")
                }
                try requireHashable(key)
                guard let found = keys.firstIndex(where: { equal($0, key, &context) }) else {
                    if arguments.count > 1 { return arguments[1] }
                    if method == .pop { throw PythonError("KeyError", representation(of: key, &context)) }
                    return .none
                }
                let value = values[found]
                if method == .pop {
                    keys.remove(at: found)
                    values.remove(at: found)
                    heap[receiver] = .dictionary(keys: keys, values: values)
                }
                return value
            case .keys: return allocate(.list(keys))
            case .values: return allocate(.list(values))
            case .items: return allocate(.list(zip(keys, values).map { .tuple([$0, $1]) }))
            default:
                throw PythonError("AttributeError", "'dict' object has no attribute '\(method.rawValue)'")
            }
        default:
            throw PythonError("AttributeError", "object has no attribute '\(method.rawValue)'")
        }
    }
}

extension HeapObject {
    /// A lock or RLock with every level released, as `Condition.wait` leaves it.
    var released: HeapObject {
        switch self {
        case .lock: .lock(owner: nil)
        case .reentrantLock: .reentrantLock(owner: nil, depth: 0)
        default: self
        }
    }
}
