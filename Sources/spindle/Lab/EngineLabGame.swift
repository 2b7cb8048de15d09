import Lab
import LabScreen
import Messages

/// The lab as a game the screen can play: the Lab engine under the student's keys, judged
/// against the lab's goal.
struct EngineLabGame: LabGame {
    let launch: LabLaunch
    private(set) var engine: LabEngine
    private var message: String?
    private var nextSeed: UInt64
    private var lastSeed: UInt64?
    private(set) var hintsShown = 0
    /// The fewest steps a win took in this game.
    private(set) var fewestWinningSteps: Int?
    /// Whether `e` proved, from the start, that no schedule reaches the goal.
    private(set) var provedUnreachable = false

    init(_ launch: LabLaunch) {
        self.launch = launch
        engine = LabEngine(launch.program)
        nextSeed = launch.firstSeed
        message = launch.goal == nil ? Messages.text("cli.lab.no-goal") : nil
    }

    var isWon: Bool { launch.goal.map { engine.isMet($0) } ?? false }

    var snapshot: LabSnapshot {
        LabSnapshot(
            title: launch.title, goal: launch.goal?.description,
            sourceLines: launch.program.sourceLines,
            threads: engine.threads.map(Self.column),
            variables: engine.variables.map { LabNamedValue(name: $0.name, value: $0.value) },
            objects: engine.sharedObjects.map {
                LabNamedValue(name: $0.name, value: "\($0.kind): \($0.state)")
            },
            stepCount: engine.stepCount,
            recentSteps: engine.log.suffix(8).map { "\($0.threadName) \($0.description)" },
            output: engine.output, phase: phase, message: message, seed: lastSeed)
    }

    private var phase: LabPhase {
        if let goal = launch.goal, engine.isMet(goal) {
            let steps = engine.stepCount
            return .won(
                Messages.text(
                    steps == 1 ? "cli.lab.won.one" : "cli.lab.won.other",
                    ["steps": "\(steps)", "goal": goal.description]))
        }
        guard let outcome = engine.outcome else { return .playing }
        return .ended(
            Messages.text(
                launch.goal == nil ? "cli.lab.ended" : "cli.lab.ended.goal-missed",
                ["outcome": outcome.text(in: CurrentLanguage.value)]))
    }

    private static func column(_ thread: LabThreadView) -> LabThreadColumn {
        switch thread.status {
        case .runnable(let next, let position):
            LabThreadColumn(
                name: thread.name, state: .runnable(next: next),
                line: position.line, column: position.column)
        case .blocked(let reason, let position):
            LabThreadColumn(
                name: thread.name, state: .blocked(reason),
                line: position.line, column: position.column)
        case .finished:
            LabThreadColumn(name: thread.name, state: .finished, line: nil, column: nil)
        }
    }

    mutating func perform(_ action: LabAction) {
        message = nil
        switch action {
        case .step(let index): step(index: index)
        case .undo:
            message = engine.undo() ? nil : Messages.text("cli.lab.nothing-to-undo")
        case .restart:
            engine = LabEngine(launch.program)
            message = Messages.text("cli.lab.restarted")
        case .autoRun: autoRun()
        case .explore: explore()
        case .hint: hint()
        case .quit: break
        }
    }

    /// Steps the thread in column `index`, as the screen numbers the started threads.
    private mutating func step(index: Int) {
        if isWon {
            message = Messages.text("cli.lab.already-won")
            return
        }
        let threads = engine.threads
        guard threads.indices.contains(index) else {
            message = Messages.text(
                threads.count == 1 ? "cli.lab.no-thread.one" : "cli.lab.no-thread.other",
                ["number": "\(index + 1)", "count": "\(threads.count)"])
            return
        }
        do {
            try engine.step(threads[index].id)
        } catch {
            message = error.message.prefix(1).uppercased() + error.message.dropFirst() + "."
            return
        }
        noteWin()
    }

    private mutating func noteWin() {
        guard isWon else { return }
        fewestWinningSteps = min(fewestWinningSteps ?? .max, engine.stepCount)
        if !launch.explanation.isEmpty { message = launch.explanation }
    }

    /// Runs to the end (or to the goal) with the next seed, from wherever the game is.
    private mutating func autoRun() {
        guard engine.ending == nil, !isWon else {
            message = Messages.text("cli.lab.nothing-left")
            return
        }
        let seed = nextSeed
        nextSeed &+= 1
        lastSeed = seed
        let start = engine.stepCount
        let goal = launch.goal
        engine.runRandomly(seed: seed) { engine in goal.map { engine.isMet($0) } ?? false }
        message = Messages.text(
            "cli.lab.ran-randomly", ["steps": "\(engine.stepCount - start)", "seed": "\(seed)"])
        noteWin()
    }

    private mutating func explore() {
        guard let goal = launch.goal else {
            message = Messages.text("cli.lab.search.no-goal")
            return
        }
        switch GoalSearch.search(from: engine, goal: goal, maxStates: LabChecker.maximumStates) {
        case .reachable(let schedule, let states):
            message =
                schedule.isEmpty
                ? Messages.text("cli.lab.search.holds")
                : Messages.text(
                    "cli.lab.search.reachable",
                    ["steps": "\(schedule.count)", "keys": keys(for: schedule), "states": "\(states)"])
        case .unreachable(let states):
            if engine.stepCount == 0 { provedUnreachable = true }
            let key =
                engine.stepCount == 0 ? "cli.lab.search.unreachable.start" : "cli.lab.search.unreachable.here"
            message =
                Messages.text(key, ["states": "\(states)"])
                + (launch.explanation.isEmpty ? "" : " " + launch.explanation)
        case .stopped(let states):
            message = Messages.text("cli.lab.search.stopped", ["states": "\(states)"])
        }
    }

    /// The keys that play `schedule` (thread ids) from here: a key numbers a thread among
    /// those started, so it can change when a thread starts.
    private func keys(for schedule: [Int]) -> String {
        var replay = engine
        var keys: [String] = []
        for thread in schedule {
            keys.append(String((replay.threads.firstIndex { $0.id == thread } ?? thread) + 1))
            try? replay.step(thread)
        }
        return keys.joined(separator: " ")
    }

    private mutating func hint() {
        guard hintsShown < launch.hints.count else {
            message = Messages.text(launch.hints.isEmpty ? "cli.lab.hint.none" : "cli.lab.hint.no-more")
            return
        }
        hintsShown += 1
        message = Messages.text(
            "cli.lab.hint",
            [
                "number": "\(hintsShown)", "count": "\(launch.hints.count)",
                "hint": launch.hints[hintsShown - 1],
            ])
    }
}
