/// `threading.Lock()`, `queue.Queue()`, `threading.Thread(...)` and the other constructors.
extension World {
    mutating func construct(_ builtin: LabBuiltin, _ call: CallArguments, _ context: inout StepContext)
        throws(PythonError) -> LabValue
    {
        switch builtin {
        case .lock:
            try call.check(positional: 0)
            return allocate(.lock(owner: nil))
        case .reentrantLock:
            try call.check(positional: 0)
            return allocate(.reentrantLock(owner: nil, depth: 0))
        case .condition:
            try call.check(positional: 1, keywords: ["lock"])
            switch call.value("lock", at: 0) {
            case nil, .none?:
                guard case .object(let lock) = allocate(.reentrantLock(owner: nil, depth: 0)) else { break }
                return allocate(.condition(lock: lock, waiters: []))
            case .object(let lock)?:
                switch heap[lock] {
                case .lock, .reentrantLock: return allocate(.condition(lock: lock, waiters: []))
                default: break
                }
            default: break
            }
            throw .typeError("Condition() takes a Lock or an RLock")
        case .semaphore, .boundedSemaphore:
            try call.check(positional: 1, keywords: ["value"])
            let value = try integerArgument(call.value("value", at: 0) ?? .int(1), "value")
            guard value >= 0 else { throw PythonError("ValueError", "semaphore initial value must be >= 0") }
            return allocate(.semaphore(value: value, bound: builtin == .boundedSemaphore ? value : nil))
        case .event:
            try call.check(positional: 0)
            return allocate(.event(isSet: false))
        case .barrier:
            try call.check(positional: 1, keywords: ["parties"])
            guard let partiesValue = call.value("parties", at: 0) else {
                throw .typeError("Barrier() missing 1 required positional argument: 'parties'")
            }
            let parties = try integerArgument(partiesValue, "parties")
            guard parties > 0 else { throw PythonError("ValueError", "parties must be > 0") }
            return allocate(.barrier(parties: parties, arrived: 0, generation: 0))
        case .queue, .lastInFirstOutQueue, .priorityQueue:
            try call.check(positional: 1, keywords: ["maxsize"])
            let maxsize = try integerArgument(call.value("maxsize", at: 0) ?? .int(0), "maxsize")
            let order: QueueState.Order =
                builtin == .queue
                ? .firstInFirstOut : builtin == .lastInFirstOutQueue ? .lastInFirstOut : .priority
            return allocate(
                .queue(QueueState(order: order, maxsize: max(0, maxsize), items: [], unfinishedTasks: 0)))
        case .thread:
            return try makeThread(call, &context)
        default:
            preconditionFailure("\(builtin) is not a constructor")
        }
    }

    private func integerArgument(_ value: LabValue, _ name: String) throws(PythonError) -> Int {
        guard let number = integer(value) else {
            throw .typeError("\(name) must be an int, not \(typeName(of: value))")
        }
        return number
    }

    /// `Thread(target=, args=, kwargs=, name=, daemon=)`: a thread that exists but has not
    /// started, named as CPython 3.11 names it.
    private mutating func makeThread(_ call: CallArguments, _ context: inout StepContext) throws(PythonError)
        -> LabValue
    {
        try call.check(positional: 1, keywords: ["group", "target", "name", "args", "kwargs", "daemon"])
        if let group = call.value("group", at: 0), group != .none {
            throw PythonError("AssertionError", "group argument must be None for now")
        }
        let target = call.value("target") ?? .none
        let arguments = try sequenceElements(call.value("args") ?? .tuple([]), &context)
        var keywordNames: [String] = []
        var keywordValues: [LabValue] = []
        if let keywords = call.value("kwargs"), keywords != .none {
            guard case .object(let reference) = keywords,
                case .dictionary(let keys, let values) = heap[reference]
            else {
                throw .typeError(
                    "Thread() argument after ** must be a mapping, not \(typeName(of: keywords))")
            }
            for (key, value) in zip(keys, values) {
                guard case .str(let name) = key else { throw .typeError("keywords must be strings") }
                keywordNames.append(name)
                keywordValues.append(value)
            }
        }
        let name: String
        if let given = call.value("name"), given != .none {
            name = text(of: given, &context)
        } else {
            threadNameCounter += 1
            switch target {
            case .function(let index):
                name = "Thread-\(threadNameCounter) (\(context.program.functions[index].name))"
            default: name = "Thread-\(threadNameCounter)"
            }
        }
        let daemonValue = call.value("daemon") ?? .none
        let isDaemon = daemonValue == .none ? false : truth(daemonValue, &context)
        let id = threads.count
        let object = allocate(.thread(id))
        guard case .object(let reference) = object else { return object }
        threads.append(
            ThreadState(
                objectReference: reference, name: name, isDaemon: isDaemon,
                phase: .created(
                    target: target, arguments: arguments, keywordNames: keywordNames,
                    keywordValues: keywordValues)))
        stepCounts.append(0)
        return object
    }
}
