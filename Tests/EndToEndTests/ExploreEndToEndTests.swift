import Foundation
import TestSupport
import Testing

/// `spindle explore` run as a student and an instructor run it: the report, the exit status
/// that gives the verdict, a counterexample played on the stage, and CPython beside it.
@Suite("Explore end to end")
struct ExploreEndToEndTests {
    let folder: TemporaryFolder
    let state: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        state = try TemporaryFolder()
    }

    @Test("a lost update: both outcomes, the failing assertion, its schedule, exit 1")
    func lostUpdateFails() throws {
        let file = try folder.write("counter.py", LabPrograms.lostUpdate)
        let outcome = try SpindleBinary.run(["explore", file.path], stateFolder: state.path)
        #expect(outcome.status == 1)
        #expect(outcome.output.contains("printed \"2\""))
        #expect(outcome.output.contains("printed \"1\"; AssertionError: expected 2, got 1"))
        #expect(outcome.output.contains("shortest: "))
        #expect(outcome.output.contains("verdict: some interleaving fails (exit 1)"))
        #expect(outcome.output.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test("with the lock, every interleaving prints 2 and the exit status is 0")
    func lockedSucceeds() throws {
        let file = try folder.write("locked.py", LabPrograms.locked)
        let outcome = try SpindleBinary.run(["explore", file.path], stateFolder: state.path)
        #expect(outcome.status == 0)
        #expect(outcome.output.contains("1 ✓ printed \"2\""))
        #expect(!outcome.output.contains("✗"))
    }

    @Test("a construct outside the subset is one line at FILE:LINE:COL and exit 2")
    func outsideTheSubset() throws {
        let file = try folder.write("bad.py", "import threading\n\nclass Worker:\n    pass\n")
        let outcome = try SpindleBinary.run(["explore", file.path], stateFolder: state.path)
        #expect(outcome.status == 2)
        #expect(outcome.output.isEmpty)
        #expect(outcome.errors.contains("bad.py:3:1: `class` is not supported"))
        let missing = try SpindleBinary.run(["explore", folder.path + "/none.py"], stateFolder: state.path)
        #expect(missing.status == 2)
        #expect(missing.errors.contains("none.py: No such file or directory"))
    }

    @Test("a state limit stops exploring cleanly, says how to shrink the program, exit 3")
    func stateLimit() throws {
        let file = try folder.write("locked.py", LabPrograms.locked)
        let outcome = try SpindleBinary.run(
            ["explore", file.path, "--max-states", "5"], stateFolder: state.path)
        #expect(outcome.status == 3)
        #expect(outcome.output.contains("stopped after"))
        #expect(outcome.output.contains("shrink the program"))
    }

    @Test("--json gives the report as JSON with the same verdict")
    func json() throws {
        let file = try folder.write("counter.py", LabPrograms.lostUpdate)
        let outcome = try SpindleBinary.run(["explore", file.path, "--json"], stateFolder: state.path)
        #expect(outcome.status == 1)
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
        #expect(report["complete"] as? Bool == true)
        #expect((report["outcomes"] as? [Any])?.count == 2)
    }

    @Test("--show plays the deadlock on the stage at 80x24 and saves its trace for replay")
    func showDeadlock() throws {
        let file = try folder.write("deadlock.py", LabPrograms.oppositeLockOrders)
        let trace = folder.path + "/deadlock.jsonl"
        let spindle =
            ([
                "timeout", "--foreground", "300", "env", "TERM=xterm-256color",
                "XDG_STATE_HOME=\(state.path)", SpindleBinary.url.path, "explore", file.path, "--show", "2",
                "--trace", trace,
            ]).map(shellQuoted).joined(separator: " ")
        let terminal = try TmuxTerminal(
            command: "sh -c \(shellQuoted("\(spindle); echo EXIT=$?; echo RUN-DONE; sleep 300"))")
        let screen = try terminal.waitFor("the finished deadlock") { $0.contains("finished") }
        #expect(screen.contains("blocked on lock b"))
        #expect(screen.contains("lock a  held by Thread-1 (one)"))
        try terminal.press("q")
        let ended = try terminal.waitFor("RUN-DONE")
        #expect(ended.contains("EXIT=1"))
        #expect(TraceSchemaConformance.problems(inFile: trace).isEmpty)
        let replayed = try SpindleBinary.run(["replay", "--plain", trace], stateFolder: state.path)
        #expect(replayed.status == 0)
        #expect(replayed.output.contains("deadlock: Thread-1 (one) waits for lock b"))
    }

    @Test("Ctrl-C stops a long exploration and prints what was found so far, exit 3")
    func interrupted() throws {
        // Four threads adding twice each: over a hundred thousand states, seconds of work in a
        // debug build, so the interrupt lands while exploring.
        let file = try folder.write(
            "four.py",
            LabPrograms.lostUpdate.replacingOccurrences(
                of: "    counter += 1", with: "    for _ in range(2):\n        counter += 1"
            )
            .replacingOccurrences(of: "assert counter == 2, f\"expected 2, got {counter}\"\n", with: "")
            .replacingOccurrences(
                of: "t2.start()\n",
                with: """
                    t2.start()
                    t3 = threading.Thread(target=worker)
                    t4 = threading.Thread(target=worker)
                    t3.start()
                    t4.start()
                    t3.join()
                    t4.join()

                    """))
        let spindle =
            ([
                "timeout", "--foreground", "300", "env", "XDG_STATE_HOME=\(state.path)",
                SpindleBinary.url.path,
                "explore", file.path,
            ]).map(shellQuoted).joined(separator: " ")
        let terminal = try TmuxTerminal(
            command:
                "sh -c \(shellQuoted("trap true INT; echo STARTED; \(spindle); echo EXIT=$?; echo RUN-DONE; sleep 300"))"
        )
        try terminal.waitFor("the start") { $0.contains("STARTED") }
        Thread.sleep(forTimeInterval: 0.5)
        try terminal.press("C-c")
        let screen = try terminal.waitFor("RUN-DONE")
        #expect(screen.contains("EXIT=3"))
        #expect(screen.contains("stopped after"))
    }

    @Test(
        "--python runs the file under CPython and matches its outcomes to the explorer's",
        .enabled(if: Toolchain.hasPython3, "python3 is not installed"))
    func besideCPython() throws {
        let file = try folder.write("counter.py", LabPrograms.lostUpdate)
        let outcome = try SpindleBinary.run(
            ["explore", file.path, "--python", "--runs", "10"], stateFolder: state.path)
        #expect(outcome.status == 1)
        #expect(outcome.output.contains("CPython 3."))
        #expect(outcome.output.contains("10 runs of counter.py"))
        // Whatever CPython printed, it is one of the explorer's outcomes.
        #expect(!outcome.output.contains("not among the explorer's outcomes"))
        #expect(outcome.output.contains("(explorer's outcome"))
    }
}
