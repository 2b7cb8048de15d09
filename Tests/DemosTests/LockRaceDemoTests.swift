import Testing

@Suite("Demo: lock-race")
struct LockRaceDemoTests {
    @Test("with the lock, no addition is lost")
    func lockedLosesNothing() throws {
        let run = try runDemo("lock-race", ["threads=3", "increments=3000", "lock=on"])
        #expect(try run.number("expected") == 9_000)
        #expect(try run.number("actual") == 9_000)
        #expect(try run.number("lost") == 0)
    }

    @Test("without the lock, lost is expected minus actual, and never negative")
    func unlockedAddsUp() throws {
        let run = try runDemo("lock-race", ["threads=2", "increments=3000", "lock=off"])
        #expect(try run.number("expected") == 6_000)
        #expect(try run.number("expected") - run.number("actual") == run.number("lost"))
        #expect(try run.number("lost") >= 0)
    }

    @Test("paced, threads that read the same value lose additions without the lock")
    func pacedRaceLoses() throws {
        let run = try runDemo("lock-race", ["speed=50", "threads=2", "increments=3", "lock=off"])
        #expect(try run.number("expected") == 6)
        #expect(try run.number("lost") > 0)
    }

    @Test("only the first rounds are traced in detail, and one thread says so")
    func detailIsGated() throws {
        let run = try runDemo("lock-race", ["threads=3", "increments=2000"])
        #expect(run.events.count < 500)
        #expect(run.notes.filter { $0.contains("run at full speed") }.count == 1)
        #expect(Set(run.actors.map(\.name)).isSuperset(of: ["thread-1", "thread-2", "thread-3"]))
    }

    @Test("a run cut short by its time limit says so and does not count unfinished work as lost")
    func timeLimit() throws {
        let run = try runDemo(
            "lock-race", ["speed=0.05", "time_limit=1", "increments=100", "lock=on"], expectCompleted: false)
        guard case .stoppedEarly(let reason) = run.outcome.ending else {
            Issue.record("expected an early stop, got \(run.outcome.ending)")
            return
        }
        #expect(reason.contains("time limit"))
        #expect(try run.number("lost") == 0)
    }
}
