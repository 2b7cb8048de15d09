import Messages

/// Walks every interleaving of a lab program: depth-first over the choice of thread at each
/// step, merging schedules that reach the same state, and skipping orders of independent steps
/// with sleep sets (two steps are independent when they touch different shared things, or only
/// read the same one).
public enum Explorer {
    public static func explore(
        _ program: LabProgram, maxStates: Int = 1_000_000, isCancelled: () -> Bool = { false }
    ) -> ExplorationReport {
        var search = Search(program: program, maxStates: maxStates)
        search.run(isCancelled: isCancelled)
        return search.report
    }
}

/// The state of one exploration.
private struct Search {
    struct Node {
        /// `nil` once its last choice has been taken: that child steps the world in place
        /// instead of a copy, saving the copy-on-write of the arrays the step changes.
        var world: World?
        var visitIndex: Int
        var sleep: [SleepingStep]
        var choices: [Int]
        var nextChoice = 0
    }

    let program: LabProgram
    let maxStates: Int
    let stepLimit = 10_000
    var visited: [StateFingerprint: Int] = [:]
    var visits: [VisitedState] = []
    var path: [Int] = []
    var stack: [Node] = []
    var schedules = 0
    var stopped = false
    var summaries: [LabOutcome: OutcomeSummary] = [:]
    var firstFound: [LabOutcome] = []
    var threadNames: [String] = []

    init(program: LabProgram, maxStates: Int) {
        self.program = program
        self.maxStates = maxStates
    }

    mutating func run(isCancelled: () -> Bool) {
        enter(World(program: program), sleep: [])
        var iterations = 0
        while !stack.isEmpty {
            iterations += 1
            if iterations & 1023 == 0, isCancelled() {
                stopped = true
                return
            }
            let top = stack.count - 1
            guard stack[top].nextChoice < stack[top].choices.count else {
                leave()
                continue
            }
            let thread = stack[top].choices[stack[top].nextChoice]
            stack[top].nextChoice += 1
            var world = stack[top].world!
            if stack[top].nextChoice == stack[top].choices.count { stack[top].world = nil }
            var context = StepContext(program: program, stepLimit: stepLimit, recordingEffects: false)
            world.step(thread, &context)
            let footprint = context.footprint
            let childSleep = stack[top].sleep.filter { $0.isIndependent(of: footprint) }
            stack[top].sleep.append(SleepingStep(thread: thread, footprint: footprint))
            path.append(thread)
            enter(world, sleep: childSleep)
            if stopped { return }
        }
    }

    /// Visits a state: records it if the run ended there, otherwise pushes it unless an
    /// earlier visit already covered everything this one would explore.
    private mutating func enter(_ world: World, sleep: [SleepingStep]) {
        // One pass and one array: the runnable threads that are awake are the choices.
        var anyRunnable = false
        var choices: [Int] = []
        for thread in world.threads.indices
        where world.threads[thread].isRunning && world.blocker(of: thread, in: program) == nil {
            anyRunnable = true
            if !sleep.contains(where: { $0.thread == thread }) { choices.append(thread) }
        }
        // A run can only have ended when no thread may move, or when one ran out of steps.
        if !anyRunnable || world.stepLimitThread != nil, let ending = world.ending(in: program) {
            record(world, ending)
            dropLastStep()
            return
        }
        func isAsleep(_ thread: Int) -> Bool { sleep.contains { $0.thread == thread } }
        let visitIndex: Int
        let key = StateEncoder.fingerprint(of: world)
        if let index = visited[key] {
            let earlier = visits[index]
            if earlier.isOnPath || earlier.sleepingThreads.allSatisfy(isAsleep) {
                dropLastStep()
                return
            }
            visits[index].sleepingThreads = earlier.sleepingThreads.filter(isAsleep)
            visitIndex = index
        } else {
            guard visits.count < maxStates else {
                stopped = true
                return
            }
            visitIndex = visits.count
            visited[key] = visitIndex
            visits.append(VisitedState(sleepingThreads: sleep.map(\.thread), isOnPath: true))
        }
        visits[visitIndex].isOnPath = true
        stack.append(Node(world: world, visitIndex: visitIndex, sleep: sleep, choices: choices))
    }

    private mutating func leave() {
        let node = stack.removeLast()
        visits[node.visitIndex].isOnPath = false
        dropLastStep()
    }

    private mutating func dropLastStep() {
        if !path.isEmpty { path.removeLast() }
    }

    private mutating func record(_ world: World, _ ending: LabEnding) {
        schedules += 1
        let output = world.partialLine.isEmpty ? world.printedLines : world.printedLines + [world.partialLine]
        let outcome = LabOutcome(output: output, exceptions: world.exceptions, ending: ending)
        if threadNames.count < world.threads.count { threadNames = world.threads.map(\.name) }
        if var summary = summaries[outcome] {
            summary.schedules += 1
            if path.count < summary.shortestSchedule.count {
                summary.shortestSchedule = path
                summary.details = Self.details(world, ending)
                summary.detail = summary.details[.english]
            }
            summaries[outcome] = summary
        } else {
            firstFound.append(outcome)
            summaries[outcome] = OutcomeSummary(
                outcome: outcome, schedules: 1, shortestSchedule: path, isBad: outcome.isBad,
                details: Self.details(world, ending))
        }
    }

    private static func details(_ world: World, _ ending: LabEnding) -> [Language: String] {
        Dictionary(
            uniqueKeysWithValues: Language.allCases.compactMap { language in
                detail(world, ending, in: language).map { (language, $0) }
            })
    }

    private static func detail(_ world: World, _ ending: LabEnding, in language: Language) -> String? {
        switch ending {
        case .deadlock(let deadlock): return deadlock.description(in: language)
        case .stepLimit(_, let name):
            return Messages.text("lab.detail.step-limit", ["thread": name], in: language)
        case .completed:
            guard !world.exceptions.isEmpty else { return nil }
            return world.exceptions.map {
                Messages.text(
                    "lab.detail.raised",
                    ["exception": $0.type, "thread": $0.threadName, "line": "\($0.position.line)"],
                    in: language)
            }
            .joined(separator: Messages.text("lab.outcome.separator", in: language))
        }
    }

    var report: ExplorationReport {
        let ordered = firstFound.compactMap { summaries[$0] }.sorted { first, second in
            first.isBad != second.isBad
                ? !first.isBad : first.outcome.description < second.outcome.description
        }
        return ExplorationReport(
            schedules: schedules, states: visits.count, outcomes: ordered, complete: !stopped,
            threadNames: threadNames)
    }
}
