/// A mutable object of a lab program, shared by every thread that holds a reference to it.
enum HeapObject: Hashable, Sendable {
    case list([LabValue])
    /// Insertion-ordered, as Python's dicts are.
    case dictionary(keys: [LabValue], values: [LabValue])
    /// `owner` is the thread that took it last: Python's Lock has no owner, but naming the
    /// holder is what makes a deadlock sentence readable.
    case lock(owner: Int?)
    case reentrantLock(owner: Int?, depth: Int)
    /// `lock` is the heap index of the lock it wraps; `waiters` are thread ids in arrival order.
    case condition(lock: Int, waiters: [Int])
    /// `bound` is the initial value of a BoundedSemaphore, `nil` for a plain Semaphore.
    case semaphore(value: Int, bound: Int?)
    case event(isSet: Bool)
    /// `arrived` counts the parties waiting in the current `generation`.
    case barrier(parties: Int, arrived: Int, generation: Int)
    case queue(QueueState)
    /// A `threading.Thread` object, by thread id.
    case thread(Int)

    /// The Python type name, for error messages.
    var typeName: String {
        switch self {
        case .list: "list"
        case .dictionary: "dict"
        case .lock: "_thread.lock"
        case .reentrantLock: "_thread.RLock"
        case .condition: "Condition"
        case .semaphore(_, let bound): bound == nil ? "Semaphore" : "BoundedSemaphore"
        case .event: "Event"
        case .barrier: "Barrier"
        case .queue(let queue): queue.order.typeName
        case .thread: "Thread"
        }
    }

    /// Lists and dicts: data whose every access is a step of its own.
    var isData: Bool {
        switch self {
        case .list, .dictionary: true
        default: false
        }
    }
}

/// A `queue.Queue`, `LifoQueue` or `PriorityQueue`.
struct QueueState: Hashable, Sendable {
    enum Order: Hashable, Sendable {
        case firstInFirstOut, lastInFirstOut, priority

        var typeName: String {
            switch self {
            case .firstInFirstOut: "Queue"
            case .lastInFirstOut: "LifoQueue"
            case .priority: "PriorityQueue"
            }
        }
    }

    var order: Order
    /// 0 means unbounded, as in Python.
    var maxsize: Int
    var items: [LabValue]
    /// Items put and not yet marked done with `task_done`, which `join` waits for.
    var unfinishedTasks: Int

    var isFull: Bool { maxsize > 0 && items.count >= maxsize }
}
