import LabScreen

/// A small lab played for real: two threads each read `counter` into `tmp` and write `tmp + 1`
/// back; the goal is to finish with `counter == 1`. Enough of a game to drive the screen and the
/// plain session through every action, without the Lab engine.
struct ScriptedGame: LabGame {
    static let source = [
        "import threading",
        "",
        "counter = 0",
        "",
        "def work():",
        "    global counter",
        "    tmp = counter",
        "    counter = tmp + 1",
        "",
        "t1 = threading.Thread(target=work)",
        "t2 = threading.Thread(target=work)",
        "t1.start(); t2.start()",
        "t1.join(); t2.join()",
    ]

    /// Everything undo must restore.
    private struct State: Equatable {
        var counter = 0
        var reads: [Int?] = [nil, nil]
        var progress = [0, 0]
        var steps: [String] = []
    }

    private var state = State()
    private var history: [State] = []
    private var hintsShown = 0
    private var message: String?
    private var seed: UInt64?
    /// How many times the game was told the student left.
    private(set) var quits = 0
    /// Every action performed, in order.
    private(set) var actions: [LabAction] = []

    static let hints = ["Both threads read before either writes.", "Run 1, then 2, then 1, then 2."]

    var snapshot: LabSnapshot {
        LabSnapshot(
            title: "Make the counter end at 1", goal: "finish with counter == 1", sourceLines: Self.source,
            threads: (0..<2).map(column),
            variables: [LabNamedValue(name: "counter", value: String(state.counter))],
            stepCount: state.steps.count, recentSteps: Array(state.steps.suffix(4)), phase: phase,
            message: message, seed: seed)
    }

    private func column(_ index: Int) -> LabThreadColumn {
        let name = "Thread-\(index + 1)"
        switch state.progress[index] {
        case 0:
            return LabThreadColumn(name: name, state: .runnable(next: "read counter"), line: 7, column: 11)
        case 1:
            return LabThreadColumn(name: name, state: .runnable(next: "write counter"), line: 8, column: 5)
        default: return LabThreadColumn(name: name, state: .finished)
        }
    }

    private var phase: LabPhase {
        guard state.progress.allSatisfy({ $0 == 2 }) else { return .playing }
        return state.counter == 1
            ? .won("counter ended at 1") : .ended("every thread finished with counter == \(state.counter)")
    }

    mutating func perform(_ action: LabAction) {
        actions.append(action)
        switch action {
        case .step(let index): step(index)
        case .undo:
            guard let last = history.popLast() else {
                message = "Nothing to undo: this is the start."
                return
            }
            message = "Undid: " + (state.steps.last ?? "")
            state = last
        case .restart:
            history = []
            state = State()
            message = "Started again."
        case .autoRun:
            seed = 42
            for index in [0, 1, 0, 1] where phase == .playing { step(index) }
            message = "Auto-run with seed 42."
        case .explore:
            message =
                phase == .playing ? "The goal is still reachable: 4 steps from here." : "The run is over."
        case .hint:
            message = hintsShown < Self.hints.count ? "Hint: " + Self.hints[hintsShown] : "No more hints."
            hintsShown += 1
        case .quit:
            quits += 1
        }
    }

    private mutating func step(_ index: Int) {
        guard state.progress.indices.contains(index) else {
            message = "There is no thread \(index + 1)."
            return
        }
        guard state.progress[index] < 2 else {
            message = "Thread-\(index + 1) has finished."
            return
        }
        history.append(state)
        let name = "Thread-\(index + 1)"
        if state.progress[index] == 0 {
            state.reads[index] = state.counter
            state.steps.append("\(name) read counter (\(state.counter))")
        } else {
            state.counter = (state.reads[index] ?? 0) + 1
            state.steps.append("\(name) wrote counter (\(state.counter))")
        }
        state.progress[index] += 1
        message = state.steps.last
    }
}
