import Lab
import LabScreen
import TestSupport
import Testing

@testable import spindle

/// The lab as the screen plays it: keys step threads, undo and restart take steps back, the
/// goal decides the win, `e` searches from here, `a` is repeatable by its seed.
@Suite("Lab game")
struct LabGameTests {
    func launch(_ source: String = LabPrograms.lostUpdate, goal: String?) throws -> LabLaunch {
        let program = try LabProgram(source: source, file: "counter.py")
        return LabLaunch(
            program: program, fileName: "counter.py", title: "Lose an update",
            goal: try goal.map { try LabGoal.parse($0, for: program) },
            hints: ["Read twice.", "Then write twice."], explanation: "Both read 0.")
    }

    /// Plays the shortest winning schedule the search finds, key by key as a student would.
    func playWinningKeys(_ game: inout EngineLabGame) throws {
        game.perform(.explore)
        let message = try #require(game.snapshot.message)
        let keys = try #require(message.split(separator: ":").dropFirst().first)
            .split(separator: "(").first!.split(separator: " ").compactMap { Int($0) }
        #expect(!keys.isEmpty)
        for key in keys { game.perform(.step(key - 1)) }
    }

    @Test("the keys of the search's schedule win, in the fewest steps, and the win is kept")
    func winByTheSearchedKeys() throws {
        var game = EngineLabGame(try launch(goal: "end counter == 1"))
        #expect(game.snapshot.phase == .playing)
        try playWinningKeys(&game)
        guard case .won(let words) = game.snapshot.phase else {
            Issue.record("not won: \(game.snapshot.phase)")
            return
        }
        #expect(words.contains("finish with counter == 1"))
        #expect(game.fewestWinningSteps == game.engine.stepCount)
        #expect(game.snapshot.message == "Both read 0.")
        game.perform(.step(0))
        #expect(game.snapshot.message?.contains("You have won") == true)
    }

    @Test("undo goes back step by step to the start, and says when there is nothing left")
    func undoToTheStart() throws {
        var game = EngineLabGame(try launch(goal: "end counter == 1"))
        for _ in 0..<5 { game.perform(.step(0)) }
        let steps = game.snapshot.stepCount
        #expect(steps > 0)
        for _ in 0..<steps { game.perform(.undo) }
        #expect(game.snapshot.stepCount == 0)
        game.perform(.undo)
        #expect(game.snapshot.message?.contains("nothing to undo") == true)
    }

    @Test("a key with no thread behind it, or a blocked thread, is one line and no step")
    func refusedKeys() throws {
        var game = EngineLabGame(try launch(goal: "end counter == 1"))
        game.perform(.step(6))
        #expect(game.snapshot.message == "There is no thread 7: only thread 1 has started.")
        #expect(game.snapshot.stepCount == 0)
    }

    @Test("with a lock, `e` proves from the start that no schedule wins, and the game records it")
    func provedUnreachable() throws {
        var game = EngineLabGame(try launch(LabPrograms.locked, goal: "end counter == 1"))
        game.perform(.explore)
        #expect(game.snapshot.message?.hasPrefix("No schedule at all reaches the goal") == true)
        #expect(game.provedUnreachable)
        game.perform(.step(0))
        game.perform(.explore)
        #expect(game.snapshot.message?.hasPrefix("No schedule from here") == true)
    }

    @Test("`a` runs at random by a seed it shows; the same seed from the same state repeats")
    func seededAutoRun() throws {
        var first = EngineLabGame(try launch(goal: "deadlock"))
        first.perform(.autoRun)
        #expect(first.snapshot.seed == 1)
        #expect(first.snapshot.message?.contains("seed 1") == true)
        guard case .ended = first.snapshot.phase else {
            Issue.record("the run did not end: \(first.snapshot.phase)")
            return
        }
        var second = EngineLabGame(try launch(goal: "deadlock"))
        second.perform(.autoRun)
        #expect(second.engine.schedule == first.engine.schedule)
        first.perform(.restart)
        first.perform(.autoRun)
        #expect(first.snapshot.seed == 2)
    }

    @Test("hints come one at a time, then say there are no more")
    func hints() throws {
        var game = EngineLabGame(try launch(goal: "end counter == 1"))
        game.perform(.hint)
        #expect(game.snapshot.message == "Hint 1 of 2: Read twice.")
        game.perform(.hint)
        game.perform(.hint)
        #expect(game.snapshot.message?.hasPrefix("No more hints") == true)
        #expect(game.hintsShown == 2)
    }

    @Test("the snapshot names the threads, the globals, the lock and the steps in words")
    func snapshotWords() throws {
        var game = EngineLabGame(try launch(LabPrograms.locked, goal: "end counter == 1"))
        for _ in 0..<4 { game.perform(.step(0)) }
        let snapshot = game.snapshot
        #expect(snapshot.goal == "finish with counter == 1")
        #expect(snapshot.threads.first?.name == "MainThread")
        #expect(snapshot.variables.contains { $0.name == "counter" && $0.value == "0" })
        #expect(snapshot.objects.contains { $0.name == "lock" && $0.value.hasPrefix("Lock: ") })
        #expect(snapshot.recentSteps.count == 4)
        #expect(snapshot.sourceLines.first == "import threading")
    }
}
