import Lab
import Testing

/// The explorer's exact results on a few programs, so that making it faster cannot change what
/// it finds: schedules, states, and each outcome's schedule count and shortest schedule.
@Suite("Lab explorer: exact results stay the same")
struct ExplorerPinnedResultsTests {
    /// Three threads adding twice each without a lock, as the `lab_explore_states` benchmark
    /// explores it.
    static let threeThreadLostUpdate = """
        import threading

        counter = 0


        def worker():
            global counter
            for _ in range(2):
                counter += 1


        threads = []
        for number in range(3):
            thread = threading.Thread(target=worker)
            threads.append(thread)
            thread.start()
        for thread in threads:
            thread.join()
        print(counter)
        assert counter == 6, f"expected 6, got {counter}"

        """

    /// Every number the report holds, one outcome a line.
    static func digest(_ report: ExplorationReport) -> String {
        var lines = ["\(report.schedules) schedules, \(report.states) states, complete \(report.complete)"]
        for summary in report.outcomes {
            lines.append(
                "\(summary.schedules) \(runs(summary.shortestSchedule)) \(summary.outcome.description)")
        }
        return lines.joined(separator: "\n")
    }

    /// A schedule as runs of one thread, `0*3 1*2` for `[0, 0, 0, 1, 1]`, to keep pins short.
    static func runs(_ schedule: [Int]) -> String {
        var runs: [(thread: Int, count: Int)] = []
        for thread in schedule {
            if runs.last?.thread == thread {
                runs[runs.count - 1].count += 1
            } else {
                runs.append((thread, 1))
            }
        }
        return runs.map { "\($0.thread)*\($0.count)" }.joined(separator: " ")
    }

    @Test("three threads adding twice without a lock")
    func lostUpdate() throws {
        let report = Explorer.explore(try labProgram(Self.threeThreadLostUpdate))
        #expect(
            Self.digest(report)
                == """
                5 schedules, 6140 states, complete true
                1 0*23 1*5 0*4 2*5 0*4 3*5 0*5 printed "6"
                1 0*23 1*4 2*5 3*5 1*1 0*14 printed "2"; AssertionError: expected 6, got 2
                1 0*23 1*4 2*2 1*1 0*4 2*2 3*5 2*1 0*10 printed "3"; AssertionError: expected 6, got 3
                1 0*23 1*5 0*4 2*4 3*5 2*1 0*10 printed "4"; AssertionError: expected 6, got 4
                1 0*23 1*5 0*4 2*4 3*2 2*1 0*4 3*3 0*6 printed "5"; AssertionError: expected 6, got 5
                """)
    }

    @Test("two consumers waiting with if")
    func conditionWithIf() throws {
        let report = Explorer.explore(try GoalTestPrograms.program(GoalTestPrograms.conditionWithIf))
        #expect(
            Self.digest(report)
                == """
                6 schedules, 155 states, complete true
                2 0*4 1*4 2*1 3*5 2*5 1*2 AssertionError: woke up to an empty list
                4 0*4 1*4 2*4 3*5 1*4 deadlock
                """)
    }

    @Test("two locks taken in opposite orders")
    func deadlock() throws {
        let source = SemanticsTableTests.twoLocks(secondOrder: "    with b:\n        with a:")
        let report = Explorer.explore(try labProgram(source))
        #expect(
            Self.digest(report)
                == """
                2 schedules, 44 states, complete true
                1 0*3 1*5 0*1 2*5 0*2 printed "done"
                1 0*3 1*2 2*2 deadlock
                """)
    }
}
