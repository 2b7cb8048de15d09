import Threading

/// Lesson 13: the order in which equal priorities leave a priority queue. Spindle's
/// `PriorityQueue` keeps them first-in, first-out; Python's `queue.PriorityQueue` is a heap of
/// whole tuples, so `(1, 'work')` and `(1, 'apple')` are ordered by their second field, and
/// payloads that cannot be compared raise `TypeError`. Python's side is computed by a faithful
/// model of `heapq` and of tuple comparison, run on the same puts. A `LifoQueue` shows the stack.
public enum PriorityQueueDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "priority-queue",
        parameters: [payload, counter],
        results: [
            DemoResultSpec("spindle_order"),
            DemoResultSpec("python_order"),
            DemoResultSpec("fifo_among_equals_python"),
            DemoResultSpec("lifo_order"),
        ])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let payload: DemoParameterKey<Payload> = .choice(
        "payload", default: .words)
    static let counter: DemoParameterKey<Bool> = .flag(
        "counter", default: false)

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

        run.note(descriptor.text("note.producer", ["tasks": "\(tasks.count)"]))
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

        run.note(descriptor.text("note.from-pq"))
        var spindleOrder: [String] = []
        while let entry = try? byPriority.getNowait() {
            spindleOrder.append(entry.element.name)
            run.pause(0.4)
        }

        let python = pythonOrder(of: tasks, counted: counted, run: run)

        run.note(descriptor.text("note.from-stack"))
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
        run.note(descriptor.text("note.python-puts", ["shape": shape]))
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
                run.note(
                    descriptor.text("note.python-put-raises", ["entry": "\(entry)", "error": "\(error)"]))
                return nil
            }
        }
        while !heap.isEmpty {
            do {
                names.append(try heap.pop().taskName)
                narrate(heap.takeTies(), run: run)
            } catch {
                narrate(heap.takeTies(), run: run)
                run.note(descriptor.text("note.python-get-raises", ["error": "\(error)"]))
                return nil
            }
        }
        run.note(descriptor.text("note.python-order", ["names": names.joined(separator: ", ")]))
        return names
    }

    /// Says where Python looked past an equal priority (a handful for these five puts).
    private static func narrate(_ ties: [PythonTie], run: DemoRun) {
        for tie in ties {
            let compared: KeyValuePairs = [
                "left": "\(tie.left)", "right": "\(tie.right)", "left-field": "\(tie.leftField)",
                "right-field": "\(tie.rightField)",
            ]
            guard let answer = tie.answer else {
                run.note(descriptor.text("note.python-tie-raises", compared))
                continue
            }
            run.note(
                descriptor.text(
                    "note.python-tie",
                    [
                        "left": "\(tie.left)", "right": "\(tie.right)", "left-field": "\(tie.leftField)",
                        "right-field": "\(tie.rightField)", "answer": answer ? "True" : "False",
                    ]))
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
