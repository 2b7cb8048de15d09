import Multiprocessing

/// Lesson 05: `Value` and `Array` live in shared memory, so what children write there the
/// parent sees; an ordinary list is copied by fork, so what they write there it never sees.
public enum SharedMemoryDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "shared-memory",
        parameters: [workers, slots],
        results: [
            DemoResultSpec("array_slots_filled"),
            DemoResultSpec("list_slots_filled"),
            DemoResultSpec("slots"),
            DemoResultSpec("total"),
            DemoResultSpec("expected_total"),
        ])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let workers: DemoParameterKey<Int> = .integer("workers", 1...8, default: 3)
    static let slots: DemoParameterKey<Int> = .integer("slots", 1...16, default: 3)

    public static func run(_ run: DemoRun) throws {
        let workers = run[Self.workers]
        let slots = run[Self.slots]
        let count = workers * slots
        let array = try SharedArray<Int64>(repeating: 0, count: count, name: "arr")
        let total = try SharedValue<Int64>(0, name: "total")
        var list = [Int64](repeating: 0, count: count)
        run.note(descriptor.text("note.containers", ["count": "\(count)"]))
        run.pause(1)
        let children = (1...workers).map { worker in
            Process(name: "child-\(worker)") {
                for slot in 0..<slots {
                    let index = (worker - 1) * slots + slot
                    let number = Self.number(worker: worker, slot: slot)
                    array[index] = number
                    list[index] = number
                    total.withLock { $0 += number }
                    run.pause(0.8)
                    if run.isOverTime { return }
                }
                let written = list[((worker - 1) * slots)..<(worker * slots)].map(String.init)
                run.note(
                    descriptor.text(
                        "note.child-list",
                        ["first": "\((worker - 1) * slots)", "values": written.joined(separator: ", ")]))
            }
        }
        for child in children { try child.start() }
        for child in children { try child.join(timeout: run.remaining(plus: 1)) }
        let seen = array.toArray()
        run.note(
            descriptor.text("note.parent-array", ["values": seen.map(String.init).joined(separator: ", ")]))
        run.note(
            descriptor.text("note.parent-list", ["values": list.map(String.init).joined(separator: ", ")]))
        if seen.contains(0) { run.stopIfOverTime() }
        run.report("array_slots_filled", seen.filter { $0 != 0 }.count)
        run.report("list_slots_filled", list.filter { $0 != 0 }.count)
        run.report("slots", count)
        run.report("total", total.value)
        let expected = (1...workers).flatMap { worker in (0..<slots).map { number(worker: worker, slot: $0) }
        }
        run.report("expected_total", expected.reduce(0, +))
    }

    /// What child `worker` writes into its `slot`: never zero, and readable (child 2, slot 0 is 201).
    static func number(worker: Int, slot: Int) -> Int64 {
        Int64(worker * 100 + slot + 1)
    }
}
