import Foundation
import Lab
import TestSupport
import Testing
import Trace

@Suite("Lab explorer: reports, limits and replay")
struct ExplorerReportTests {
    static let failing =
        SemanticsTableTests.lostUpdate + "\nassert counter == 2, f\"expected 2, got {counter}\"\n"

    @Test("the shortest failing schedule replays to the failure")
    func shortestReplays() throws {
        let program = try labProgram(Self.failing)
        let report = Explorer.explore(program)
        let bad = try #require(report.outcomes.first { $0.isBad })
        var engine = LabEngine(program)
        for thread in bad.shortestSchedule { try engine.step(thread) }
        #expect(engine.outcome == bad.outcome)
        #expect(report.exitStatus == 1)
        #expect(report.schedules >= report.outcomes.count)
        #expect(report.states > 0)
    }

    @Test("a program that cannot fail exits 0, and its report fits 80 columns")
    func cleanReport() throws {
        let report = Explorer.explore(try labProgram(SemanticsTableTests.withLock))
        #expect(report.exitStatus == 0)
        let text = report.text()
        #expect(text.hasPrefix("explored "))
        #expect(text.contains("verdict: every interleaving succeeds (exit 0)"))
        let failing = Explorer.explore(try labProgram(Self.failing)).text()
        #expect(failing.contains("AssertionError: expected 2, got 1"))
        #expect(failing.contains("shortest: "))
        for line in (text + failing).split(separator: "\n") {
            #expect(line.count <= 80, "\(line)")
        }
    }

    @Test("the state limit stops the exploration with exit 3")
    func stateLimit() throws {
        let report = Explorer.explore(try labProgram(SemanticsTableTests.withLock), maxStates: 5)
        #expect(!report.complete)
        #expect(report.states == 5)
        #expect(report.exitStatus == 3)
        #expect(report.text().contains("exit 3"))
    }

    @Test("cancelling stops the exploration")
    func cancellation() throws {
        let source = """
            import threading
            counter = 0

            def worker():
                global counter
                for i in range(4):
                    counter += 1

            threads = [threading.Thread(target=worker), threading.Thread(target=worker),
                       threading.Thread(target=worker)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            print(counter)
            """
        let report = Explorer.explore(try labProgram(source), isCancelled: { true })
        #expect(!report.complete)
        #expect(report.exitStatus == 3)
    }

    @Test("a report survives JSON")
    func codable() throws {
        let report = Explorer.explore(try labProgram(Self.failing))
        let decoded = try JSONDecoder().decode(ExplorationReport.self, from: JSONEncoder().encode(report))
        #expect(decoded == report)
    }

    @Test("replaying one schedule twice records identical traces")
    func replayIsDeterministic() throws {
        let program = try labProgram(SemanticsTableTests.consumers("if"))
        let report = Explorer.explore(program)
        let schedule = try #require(report.outcomes.first { $0.isBad }).shortestSchedule
        let first = TraceRecorder()
        let second = TraceRecorder()
        try LabReplay.record(program, schedule: schedule, into: first)
        try LabReplay.record(program, schedule: schedule, into: second)
        #expect(first.events == second.events)
        #expect(TraceSchemaConformance.problems(events: first.events).isEmpty)
        let kinds = first.events.map(\.kind)
        #expect(
            kinds.contains {
                if case .declareActor(let actor) = $0 { actor.name == "Thread-3 (producer)" } else { false }
            })
        #expect(kinds.contains { if case .operation(_, .notify) = $0 { true } else { false } })
        #expect(kinds.contains { if case .transition(.waiting(.condition)) = $0 { true } else { false } })
        #expect(
            kinds.contains {
                if case .transition(.done(.failed("IndexError: pop from empty list"))) = $0 {
                    true
                } else {
                    false
                }
            })
        #expect(
            kinds.last
                == .result(name: "outcome", value: #"printed "got 0"; IndexError: pop from empty list"#))
        #expect(zip(first.events, first.events.dropFirst()).allSatisfy { $0.time < $1.time })
        // Reading the trace back checks every id is declared before it is used.
        #expect(try JSONLines.decode(JSONLines.encode(first.events)) == first.events)
    }

    @Test("a replayed deadlock shows the blocked threads")
    func replayDeadlock() throws {
        let program = try labProgram(
            SemanticsTableTests.twoLocks(secondOrder: "    with b:\n        with a:"))
        let deadlock = try #require(
            Explorer.explore(program).outcomes.first { $0.outcome.ending == .deadlock })
        let recorder = TraceRecorder()
        try LabReplay.record(program, schedule: deadlock.shortestSchedule, into: recorder)
        #expect(TraceSchemaConformance.problems(events: recorder.events).isEmpty)
        let blocked = recorder.events.filter {
            if case .transition(.blocked) = $0.kind { true } else { false }
        }
        #expect(blocked.count == 2)
        #expect(recorder.events.contains { $0.kind == .note("deadlock: \(deadlock.detail ?? "")") })
    }

    @Test("a schedule that steps a blocked thread is refused")
    func replayRefusesBlockedStep() throws {
        let program = try labProgram("import threading\nl = threading.Lock()\nl.acquire()\nl.acquire()\n")
        #expect(throws: LabScheduleError.self) {
            try LabReplay.record(program, schedule: [0, 0, 0], into: TraceRecorder())
        }
    }
}
