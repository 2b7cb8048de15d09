import Threading

/// Lesson 13: the order in which equal priorities leave a priority queue. Spindle's
/// `PriorityQueue` keeps them first-in, first-out; Python's `queue.PriorityQueue` is a heap of
/// whole tuples, so `(1, 'work')` and `(1, 'apple')` are ordered by their second field, and
/// payloads that cannot be compared raise `TypeError`. Python's side is computed by a faithful
/// model of `heapq` and of tuple comparison, run on the same puts. A `LifoQueue` shows the stack.
public enum PriorityQueueDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "priority-queue",
        summary:
            "equal priorities: Spindle's stable PriorityQueue versus Python's tuple comparison; LifoQueue as a stack",
        parameters: [payload, counter],
        results: [
            DemoResultSpec("spindle_order", "the tasks in the order Spindle's PriorityQueue handed them out"),
            DemoResultSpec(
                "python_order",
                "the order Python's queue.PriorityQueue gives, or TypeError if a put or get raises"),
            DemoResultSpec(
                "fifo_among_equals_python",
                "yes if Python keeps equal priorities first-in first-out, no if it reorders them, error if it raises"
            ),
            DemoResultSpec("lifo_order", "the tasks in the order a LifoQueue handed them out"),
        ])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let payload: DemoParameterKey<Payload> = .choice(
        "payload", default: .words,
        "what follows the priority: a string ('work') or a dict ({'task': 'work'})")
    static let counter: DemoParameterKey<Bool> = .flag(
        "counter", default: false,
        "Python side puts (priority, count, item) with a running count, the usual fix")

    /// The words of `payload`.
    enum Payload: String, DemoChoice {
        case words
        case dicts
    }

    /// The puts, in order: the notes' `(1, 'work')` and `(-1, 'life')` among others of equal priority.
    static let puts: [(priority: Int, name: String)] = [
        (1, "work"), (-1, "life"), (1, "apple"), (2, "sleep"), (1, "mail"),
    ]

    public static func run(_ run: DemoRun) throws {
        let asDicts = run[Self.payload] == .dicts
        let counted = run[Self.counter]
        let tasks = puts.map { PriorityTask(priority: $0.priority, name: $0.name, asDict: asDicts) }
        let byPriority = PriorityQueue<Int, PriorityTask>(name: "pq")
        let stack = LifoQueue<PriorityTask>(name: "stack")
        let pace = run.pace

        run.note(
            "a producer thread puts \(tasks.count) tasks on pq = queue.PriorityQueue() and stack = queue.LifoQueue()"
        )
        let producer = Thread(name: "producer") {
            for task in tasks {
                if pace.isOverTime { return }
                try byPriority.put(priority: task.priority, task)
                try stack.put(task)
                pace.pause(0.5)
            }
        }
        try producer.start()
        try producer.join(timeout: pace.remaining(plus: 1))
        if run.stopIfOverTime() { return }

        run.note(
            "the main thread gets them all from pq: smallest priority first, equal ones in the order put")
        var spindleOrder: [String] = []
        while let entry = try? byPriority.getNowait() {
            spindleOrder.append(entry.element.name)
            run.pause(0.4)
        }

        let python = pythonOrder(of: tasks, counted: counted, run: run)

        run.note("and from the stack: the last task put comes out first")
        var lifoOrder: [String] = []
        while let task = try? stack.getNowait() {
            lifoOrder.append(task.name)
            run.pause(0.4)
        }

        run.report("spindle_order", spindleOrder.joined(separator: ","))
        run.report("python_order", python.map { $0.joined(separator: ",") } ?? "TypeError")
        run.report(
            "fifo_among_equals_python", python.map { $0 == stableOrder(of: tasks) ? "yes" : "no" } ?? "error")
        run.report("lifo_order", lifoOrder.joined(separator: ","))
    }

    /// What Python prints for the same puts followed by as many gets, or nil when it raises.
    private static func pythonOrder(of tasks: [PriorityTask], counted: Bool, run: DemoRun) -> [String]? {
        let shape = counted ? "(priority, count, item)" : "(priority, item)"
        run.note("Python: the same puts as \(shape) tuples into a heap, compared the way heapq compares them")
        var heap = PythonHeap()
        var names: [String] = []
        for (count, task) in tasks.enumerated() {
            let entry =
                counted
                ? PythonValue.tuple([.int(task.priority), .int(count), task.pythonValue])
                : PythonValue.tuple([.int(task.priority), task.pythonValue])
            do {
                try heap.push(entry)
                narrate(heap.takeTies(), run: run)
            } catch {
                narrate(heap.takeTies(), run: run)
                run.note("Python: pq.put(\(entry)) raises TypeError: \(error)")
                return nil
            }
        }
        while !heap.isEmpty {
            do {
                names.append(try heap.pop().taskName)
                narrate(heap.takeTies(), run: run)
            } catch {
                narrate(heap.takeTies(), run: run)
                run.note("Python: pq.get() raises TypeError: \(error)")
                return nil
            }
        }
        run.note("Python: pq.get() returns them as " + names.joined(separator: ", "))
        return names
    }

    /// Says where Python looked past an equal priority (a handful for these five puts).
    private static func narrate(_ ties: [String], run: DemoRun) {
        for tie in ties {
            run.note("Python: \(tie)")
        }
    }

    /// The order a stable priority queue gives: by priority, then by arrival.
    private static func stableOrder(of tasks: [PriorityTask]) -> [String] {
        tasks.enumerated()
            .sorted { ($0.element.priority, $0.offset) < ($1.element.priority, $1.offset) }
            .map(\.element.name)
    }
}

/// One task of ``PriorityQueueDemo``, shown as Python would print its payload.
struct PriorityTask: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// Smaller comes first.
    let priority: Int
    /// What the task is called (`work`).
    let name: String
    /// Whether the payload is a dict `{'task': 'work'}` rather than the string `'work'`.
    let asDict: Bool

    /// The payload as a Python value.
    var pythonValue: PythonValue {
        asDict ? .dict(["task": name]) : .str(name)
    }

    /// Python's repr of the payload, so the stage shows `(1, 'work')`.
    var description: String { pythonValue.description }

    /// The same repr, which Swift uses when it prints the task inside a tuple.
    var debugDescription: String { description }
}
