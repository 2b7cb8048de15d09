/// The functions and classes of the subset: Python's builtins and the members of the modules
/// a lab program may import.
enum LabBuiltin: String, Hashable, Sendable {
    case print, len, range, str, int, bool, abs, min, max, sum, list, tuple
    case lock = "Lock"
    case reentrantLock = "RLock"
    case condition = "Condition"
    case semaphore = "Semaphore"
    case boundedSemaphore = "BoundedSemaphore"
    case event = "Event"
    case barrier = "Barrier"
    case thread = "Thread"
    case currentThread = "current_thread"
    case queue = "Queue"
    case lastInFirstOutQueue = "LifoQueue"
    case priorityQueue = "PriorityQueue"
    case sleep

    /// Python's own builtins that the subset keeps.
    static let pythonBuiltins: [String: LabBuiltin] = [
        "print": .print, "len": .len, "range": .range, "str": .str, "int": .int, "bool": .bool,
        "abs": .abs, "min": .min, "max": .max, "sum": .sum, "list": .list, "tuple": .tuple,
    ]

    /// The members of each importable module.
    static let moduleMembers: [LabModule: [String: LabBuiltin]] = [
        .threading: [
            "Lock": .lock, "RLock": .reentrantLock, "Condition": .condition, "Semaphore": .semaphore,
            "BoundedSemaphore": .boundedSemaphore, "Event": .event, "Barrier": .barrier,
            "Thread": .thread, "current_thread": .currentThread,
        ],
        .queue: ["Queue": .queue, "LifoQueue": .lastInFirstOutQueue, "PriorityQueue": .priorityQueue],
        .time: ["sleep": .sleep],
    ]

    /// Builtins a student may reach for that the lab does not run, so that using one is a
    /// syntax error at its position rather than a NameError at run time.
    static let unsupportedPythonBuiltins: Set<String> = [
        "sorted", "reversed", "enumerate", "zip", "map", "filter", "isinstance", "type", "input",
        "open", "set", "frozenset", "float", "repr", "any", "all", "iter", "next", "hash", "id",
        "round", "divmod", "getattr", "setattr", "hasattr", "super", "object", "format", "chr", "ord",
        "exec", "eval", "globals", "locals", "vars", "dir", "callable", "bytes", "bytearray",
    ]
}

/// The methods the subset supports, on whichever receiver has them.
enum LabMethod: String, Hashable, Sendable, CaseIterable {
    case append, pop, insert, extend, remove, index, count
    case get, keys, values, items
    case acquire, release, locked
    case wait
    case waitFor = "wait_for"
    case notify
    case notifyAll = "notify_all"
    case set, clear
    case isSet = "is_set"
    case start, join
    case isAlive = "is_alive"
    case put
    case taskDone = "task_done"
    case qsize, empty, full
}

/// Attributes that are values rather than methods.
enum LabAttribute: String, Hashable, Sendable, CaseIterable {
    case name, daemon
}
