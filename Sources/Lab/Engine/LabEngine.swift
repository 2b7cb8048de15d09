import Messages

/// A lab program being run one step at a time under an outside scheduler: a student, a seeded
/// random scheduler, a replayed schedule or the explorer. A value: copying it forks the run.
public struct LabEngine: Sendable {
    let program: LabProgram
    let stepLimit: Int
    private(set) var world: World
    private var history: [World] = []
    public private(set) var schedule: [Int] = []
    /// Every step taken so far, in words, oldest first; `undo` takes the last one back.
    public private(set) var log: [LabStepRecord] = []

    public init(_ program: LabProgram, stepLimit: Int = 10_000) {
        self.program = program
        self.stepLimit = stepLimit
        world = World(program: program)
    }

    /// The engine after `schedule` from the start, as `GoalSearch` and the explorer return
    /// schedules; the error names the first step that cannot be taken.
    public init(_ program: LabProgram, replaying schedule: [Int], stepLimit: Int = 10_000)
        throws(LabScheduleError)
    {
        self.init(program, stepLimit: stepLimit)
        for (index, thread) in schedule.enumerated() {
            do {
                try step(thread)
            } catch {
                throw LabScheduleError(
                    message: Messages.text(
                        "lab.schedule.step", ["step": "\(index + 1)", "reason": error.message]))
            }
        }
    }

    public var stepCount: Int { schedule.count }

    /// Every started thread, main thread first.
    public var threads: [LabThreadView] {
        world.threads.indices.compactMap { id in
            let thread = world.threads[id]
            let status: LabThreadView.Status
            switch thread.phase {
            case .created: return nil
            case .finished: status = .finished
            case .running:
                let position = world.currentPosition(of: id, program: program)
                if let blocker = world.blocker(of: id, in: program) {
                    status = .blocked(
                        reason: world.blockerDescription(blocker, in: CurrentLanguage.value), at: position)
                } else {
                    status = .runnable(
                        next: world.nextStep(of: id, program: program).text(in: CurrentLanguage.value),
                        at: position)
                }
            }
            return LabThreadView(id: id, name: thread.name, isDaemon: thread.isDaemon, status: status)
        }
    }

    /// The threads that may take a step now; empty once the run has ended.
    public var runnableThreads: [Int] { world.runnableThreads(in: program) }

    /// Takes one step of `thread`, or says in one line why it cannot.
    public mutating func step(_ thread: Int) throws(LabScheduleError) {
        _ = try stepReportingEffects(thread)
    }

    /// The step, and what it did: for the log, and for a trace.
    mutating func stepReportingEffects(_ thread: Int) throws(LabScheduleError) -> StepContext {
        if let ending {
            throw LabScheduleError(message: LabOutcome.endedMessage(ending))
        }
        guard world.threads.indices.contains(thread) else {
            throw LabScheduleError(message: Messages.text("lab.schedule.no-thread", ["thread": "\(thread)"]))
        }
        let name = world.threads[thread].name
        switch world.threads[thread].phase {
        case .created:
            throw LabScheduleError(message: Messages.text("lab.schedule.not-started", ["thread": name]))
        case .finished:
            throw LabScheduleError(message: Messages.text("lab.schedule.finished", ["thread": name]))
        case .running: break
        }
        if let blocker = world.blocker(of: thread, in: program) {
            throw LabScheduleError(
                message: Messages.text(
                    "lab.schedule.blocked",
                    ["thread": name, "wait": world.blockerDescription(blocker, in: CurrentLanguage.value)]))
        }
        let planned = world.nextStep(of: thread, program: program)
        let position = world.currentPosition(of: thread, program: program)
        var context = StepContext(program: program, stepLimit: stepLimit, recordingEffects: true)
        history.append(world)
        world.step(thread, &context)
        schedule.append(thread)
        log.append(
            LabStepRecord(
                thread: thread, threadName: name,
                description: world.describeTakenStep(
                    planned, effects: context.effects ?? [], program: program, in: CurrentLanguage.value),
                position: position))
        return context
    }

    /// Takes back the last step; false when there is none.
    public mutating func undo() -> Bool {
        guard let previous = history.popLast() else { return false }
        world = previous
        schedule.removeLast()
        log.removeLast()
        return true
    }

    /// The lines printed so far; a line still being printed (`end=""`) comes last.
    public var output: [String] {
        world.partialLine.isEmpty ? world.printedLines : world.printedLines + [world.partialLine]
    }

    public var ending: LabEnding? { world.ending(in: program) }

    public var exceptions: [LabException] { world.exceptions }

    /// The run's outcome once it has ended.
    public var outcome: LabOutcome? {
        ending.map { LabOutcome(output: output, exceptions: exceptions, ending: $0) }
    }

    /// Runs to the end, or until `stop` holds (a lab's goal is met), choosing among the runnable
    /// threads with a generator seeded by `seed`, so the same seed always gives the same schedule.
    public mutating func runRandomly(seed: UInt64, until stop: (LabEngine) -> Bool = { _ in false }) {
        var generator = SplitMix64(seed: seed)
        while ending == nil, !stop(self) {
            let runnable = runnableThreads
            let choice = runnable[Int(generator.next() % UInt64(runnable.count))]
            _ = try? step(choice)
        }
    }
}

/// A small deterministic generator, so that seeded runs repeat on every platform.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
