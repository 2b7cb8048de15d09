import Multiprocessing

/// Lesson 01: `for i in range(depth): os.fork()`. Every process alive at a round forks in it,
/// the parent and the children it already has alike, so the count doubles each round and ends
/// at 2^depth. Each process adds itself to a counter in shared memory, and each parent waits
/// for its own children, so nothing is left unreaped.
public enum ForkTreeDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "fork-tree",
        parameters: [depth],
        results: [
            DemoResultSpec("depth"),
            DemoResultSpec("processes"),
            DemoResultSpec("expected"),
            DemoResultSpec("reaped"),
        ],
        emphasis: [.processTree])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let depth: DemoParameterKey<Int> = .integer(
        "depth", 1...5, default: 3)

    public static func run(_ run: DemoRun) throws {
        let depth = run[Self.depth]
        // Counted in shared memory, which every process forked later maps too; untraced, so the
        // stage shows the tree rather than sixty-odd counter updates.
        let processes = try SharedValue<Int64>(0, name: "processes", tracer: .disabled)
        let reaped = try SharedValue<Int64>(0, name: "reaped", tracer: .disabled)
        // A process's name lists the rounds in which it and its ancestors were born: `fork-13`
        // was born in round 3 to the child born in round 1.
        var lineage = ""
        var children: [Int32] = []
        var isOriginal = true
        var stoppedAt: Int?
        run.note(descriptor.text("note.loop", ["depth": "\(depth)"]))
        for round in 1...depth {
            if isOriginal {
                let forking = 1 << (round - 1)
                run.note(
                    forking == 1
                        ? descriptor.text("note.round-one", ["round": "\(round)"])
                        : descriptor.text("note.round", ["round": "\(round)", "processes": "\(forking)"]))
            }
            run.pause(1)
            if run.isOverTime {
                stoppedAt = round
                break
            }
            let pid = try OS.fork(name: "fork-\(lineage)\(round)")
            if pid == 0 {
                // The child's copy of the list names its parent's children, not its own.
                children = []
                isOriginal = false
                lineage += String(round)
            } else {
                children.append(pid)
            }
        }
        processes.withLock { $0 += 1 }
        run.pause(0.5)
        for child in children {
            if try OS.waitpid(child, timeout: run.remaining(plus: 5)) != nil {
                reaped.withLock { $0 += 1 }
            }
        }
        guard isOriginal else { OS.exit(0) }
        let counted = processes.value
        let expected = 1 << depth
        if let stoppedAt {
            run.stopEarly(because: descriptor.text("stop.before-round", ["round": "\(stoppedAt)"]))
        } else if counted < expected, run.isOverTime {
            run.stopEarly(because: descriptor.text("stop.before-all-forked"))
        }
        run.report("depth", depth)
        run.report("processes", counted)
        run.report("expected", expected)
        run.report("reaped", reaped.value)
    }
}
