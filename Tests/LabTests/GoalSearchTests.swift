import Lab
import Testing

@Suite("Lab goals: judging states and searching for the shortest win")
struct GoalSearchTests {
    /// Searches `source` from its start (or after `prefix`) for `goal`.
    private func search(_ source: String, _ goal: String, after prefix: [Int] = []) throws -> (
        LabProgram, LabGoal, GoalSearchResult
    ) {
        let program = try GoalTestPrograms.program(source)
        let parsed = try LabGoal.parse(goal, for: program)
        let engine = try LabEngine(program, replaying: prefix)
        return (program, parsed, GoalSearch.search(from: engine, goal: parsed))
    }

    /// The engine after `prefix` and then the schedule found, which must win.
    private func expectWinningReplay(
        _ program: LabProgram, _ goal: LabGoal, _ result: GoalSearchResult, after prefix: [Int] = [],
        steps: Int
    ) throws {
        guard case .reachable(let schedule, _) = result else {
            Issue.record("expected \(goal.text) to be reachable, got \(result)")
            return
        }
        #expect(schedule.count == steps)
        let replayed = try LabEngine(program, replaying: prefix + schedule)
        #expect(replayed.isMet(goal))
        let oneShort = try LabEngine(program, replaying: prefix + schedule.dropLast())
        #expect(!oneShort.isMet(goal))
    }

    @Test("the lost update is reachable in the fewest steps, and the schedule replays to a win")
    func lostUpdate() throws {
        let (program, goal, result) = try search(GoalTestPrograms.lostUpdate, "end counter == 1")
        // Every completed run takes 10 steps: main's start, `counter = 0`, two starts and two
        // joins, and a read and a write in each worker.
        try expectWinningReplay(program, goal, result, steps: 10)
    }

    @Test("with a lock the lost update is unreachable")
    func lockedIsUnreachable() throws {
        let (_, _, result) = try search(GoalTestPrograms.locked, "end counter == 1")
        guard case .unreachable(let states) = result else {
            Issue.record("expected unreachable, got \(result)")
            return
        }
        #expect(states > 16)
        let (program, goal, both) = try search(GoalTestPrograms.locked, "end counter == 2")
        // Each worker now also begins (reading the constant `lock` is no step), acquires and
        // releases: 5 steps each, and main's 6.
        try expectWinningReplay(program, goal, both, steps: 16)
    }

    @Test("opposite lock orders can deadlock; the same order cannot")
    func deadlock() throws {
        let opposite = GoalTestPrograms.twoLocks(firstThread: "ab", secondThread: "ba")
        let (program, goal, result) = try search(opposite, "deadlock")
        // Main's start and two starts, then each thread begins and takes its first lock.
        try expectWinningReplay(program, goal, result, steps: 7)
        let same = GoalTestPrograms.twoLocks(firstThread: "ab", secondThread: "ab")
        let (_, _, sameResult) = try search(same, "deadlock")
        #expect(isUnreachable(sameResult))
    }

    @Test("two threads can be inside an unlocked critical section at once, not a locked one")
    func critical() throws {
        let (program, goal, result) = try search(GoalTestPrograms.criticalSection(locked: false), "critical")
        // Main's start, `counter = 0` and two starts: each worker then waits at its first
        // marked line.
        try expectWinningReplay(program, goal, result, steps: 4)
        let (_, _, locked) = try search(GoalTestPrograms.criticalSection(locked: true), "critical")
        #expect(isUnreachable(locked))
        let (lockedProgram, function, inWorker) = try search(
            GoalTestPrograms.criticalSection(locked: true), "critical worker")
        try expectWinningReplay(lockedProgram, function, inWorker, steps: 4)
    }

    @Test("releasing an unheld lock raises RuntimeError, met while the main thread still runs")
    func exception() throws {
        let (program, goal, result) = try search(GoalTestPrograms.releaseUnheld, "exception RuntimeError")
        // Main's start and `t.start()`, then Thread-1 begins and releases.
        try expectWinningReplay(program, goal, result, steps: 4)
        guard case .reachable(let schedule, _) = result else { return }
        let replayed = try LabEngine(program, replaying: schedule)
        #expect(replayed.ending == nil)
        #expect(replayed.exceptions.map(\.description) == ["RuntimeError: release unlocked lock"])
        let (_, _, other) = try search(GoalTestPrograms.releaseUnheld, "exception ValueError")
        #expect(isUnreachable(other))
    }

    @Test("a Condition waited on with `if` lets an assertion fail")
    func assertion() throws {
        let (program, goal, result) = try search(GoalTestPrograms.conditionWithIf, "assertion")
        guard case .reachable(let schedule, _) = result else {
            Issue.record("expected reachable, got \(result)")
            return
        }
        let replayed = try LabEngine(program, replaying: schedule)
        #expect(replayed.isMet(goal))
        #expect(replayed.exceptions.map(\.type) == ["AssertionError"])
    }

    @Test("a search from a state in mid-run counts from there, and can prove a goal lost")
    func midRun() throws {
        // Main has started both workers and Thread-1 has read the counter.
        let prefix = [0, 0, 0, 0, 1]
        let (program, goal, result) = try search(
            GoalTestPrograms.lostUpdate, "end counter == 1", after: prefix)
        // Thread-2 reads, both write, main joins twice.
        try expectWinningReplay(program, goal, result, after: prefix, steps: 5)
        // Once both have read 0, the counter can only end at 1.
        let (_, _, lost) = try search(GoalTestPrograms.lostUpdate, "end counter == 2", after: prefix + [2])
        #expect(isUnreachable(lost))
    }

    @Test("a goal met already needs no step, and a small state limit stops the search")
    func metAndStopped() throws {
        let program = try GoalTestPrograms.program(GoalTestPrograms.releaseUnheld)
        let goal = try LabGoal.parse("exception RuntimeError", for: program)
        let won = try LabEngine(program, replaying: [0, 0, 1, 1])
        #expect(GoalSearch.search(from: won, goal: goal) == .reachable(schedule: [], states: 1))
        let lost = try LabGoal.parse(
            "deadlock", for: try GoalTestPrograms.program(GoalTestPrograms.lostUpdate))
        let start = LabEngine(try GoalTestPrograms.program(GoalTestPrograms.lostUpdate))
        #expect(GoalSearch.search(from: start, goal: lost, maxStates: 3) == .stopped(states: 3))
        #expect(GoalSearch.search(from: start, goal: lost, isCancelled: { true }) == .stopped(states: 1))
    }

    @Test("`end` is judged with Python's semantics on the final state, without changing it")
    func endExpressions() throws {
        let source = """
            items = [1, 2, 3]
            table = {"a": 1}
            pair = (1, 2)
            text = "hi"
            zero = 0

            """
        let program = try GoalTestPrograms.program(source)
        var engine = LabEngine(program)
        let early = try LabGoal.parse("end zero == 0", for: program)
        #expect(!engine.isMet(early))
        try runFirstRunnable(&engine)
        let objectsBefore = engine.sharedObjects
        // Each was checked with python3 on the same globals.
        let truths = [
            "len(items) == 3 and items[-1] == 3", "table['a'] == 1", "pair[1] == 2", "zero or text == 'hi'",
            "not zero", "items == [1, 2, 3]", "2 in items", "1 < len(text) < 3", "(zero or text) == 'hi'",
            "sum(items) - max(items) == 3", "'a' in table and pair == (1, 2)", "text * 2 == 'hihi'",
            "items[0] if zero else items[1] == 2", "{'a': 1} == table",
        ]
        for text in truths {
            #expect(engine.isMet(try LabGoal.parse("end " + text, for: program)), "\(text)")
        }
        let falsehoods = [
            "table['b'] == 1", "items[5] == 1", "zero and items", "1 // zero == 0", "3 < len(items)",
        ]
        for text in falsehoods {
            #expect(!engine.isMet(try LabGoal.parse("end " + text, for: program)), "\(text)")
        }
        #expect(engine.sharedObjects == objectsBefore)
    }

    private func isUnreachable(_ result: GoalSearchResult) -> Bool {
        if case .unreachable = result { return true }
        return false
    }
}
