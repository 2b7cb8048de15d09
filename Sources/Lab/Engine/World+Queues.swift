import Trace

/// `queue.Queue`, `LifoQueue` and `PriorityQueue`. Each call is one atomic step: the lab does
/// not show the mutex and conditions CPython's queue is built from.
extension World {
    mutating func queueMethod(
        _ method: LabMethod, on receiver: Int, _ call: CallArguments, _ context: inout StepContext
    )
        throws(PythonError) -> LabValue
    {
        guard case .queue(var queue) = heap[receiver] else { return .none }
        let writes: Set<LabMethod> = [.put, .get, .taskDone]
        context.touch(.object(receiver), write: writes.contains(method))
        defer { heap[receiver] = .queue(queue) }
        switch method {
        case .put:
            try call.check(positional: 2, keywords: ["item", "block"])
            guard let item = call.value("item", at: 0) else {
                throw .typeError("put() missing 1 required positional argument: 'item'")
            }
            if queue.isFull {
                // Only a non-blocking put gets here: a blocking one waits until there is room.
                throw PythonError("queue.Full", "")
            }
            queue.items.append(item)
            queue.unfinishedTasks += 1
            let label = representation(of: item, &context)
            context.record(.operation(object: receiver, .put(item: label)))
            return .none
        case .get:
            try call.check(positional: 1, keywords: ["block"])
            guard !queue.items.isEmpty else { throw PythonError("_queue.Empty", "") }
            let index = try nextIndex(of: queue, &context)
            let item = queue.items.remove(at: index)
            let label = representation(of: item, &context)
            context.record(.operation(object: receiver, .get(item: label)))
            return item
        case .taskDone:
            try call.check(positional: 0)
            guard queue.unfinishedTasks > 0 else {
                throw PythonError("ValueError", "task_done() called too many times")
            }
            queue.unfinishedTasks -= 1
            return .none
        case .join:
            try call.check(positional: 0)
            return .none
        case .qsize:
            try call.check(positional: 0)
            return .int(queue.items.count)
        case .empty:
            try call.check(positional: 0)
            return .bool(queue.items.isEmpty)
        case .full:
            try call.check(positional: 0)
            return .bool(queue.isFull)
        default:
            throw PythonError(
                "AttributeError", "'\(queue.order.typeName)' object has no attribute '\(method.rawValue)'")
        }
    }

    /// Which item `get` takes: the oldest, the newest, or the smallest (the first of equals,
    /// where CPython's heap may pick another; programs that care use distinct priorities).
    private mutating func nextIndex(of queue: QueueState, _ context: inout StepContext) throws(PythonError)
        -> Int
    {
        switch queue.order {
        case .firstInFirstOut: return 0
        case .lastInFirstOut: return queue.items.count - 1
        case .priority:
            var best = 0
            for index in queue.items.indices.dropFirst()
            where try order(queue.items[index], queue.items[best], &context) < 0 {
                best = index
            }
            return best
        }
    }
}
