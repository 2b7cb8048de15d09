import TestSupport
import Testing
import Trace

@Suite("Demo: target-call-pitfall", .forksProcesses)
struct TargetCallPitfallDemoTests {
    @Test("target=work() runs work in the parent, before start()")
    func call() async throws {
        let run = try await runDemo("target-call-pitfall", ["style=call"])
        #expect(try run.value("work_ran_in") == "parent")
        #expect(try run.value("work_before_start") == "yes")
        #expect(try run.number("child_exit_code") == 0)
        #expect(run.workNotes(by: "target-call-pitfall") == 4)
        #expect(run.workNotes(by: "child") == 0)
    }

    @Test("target=work runs work in the child, after start()")
    func reference() async throws {
        let run = try await runDemo("target-call-pitfall", ["style=reference"])
        #expect(try run.value("work_ran_in") == "child")
        #expect(try run.value("work_before_start") == "no")
        #expect(try run.number("child_exit_code") == 0)
        #expect(run.workNotes(by: "child") == 4)
        #expect(run.workNotes(by: "target-call-pitfall") == 0)
    }
}

extension FinishedRun {
    /// How many of work()'s notes the actor named `name` made: the lane the work ran in.
    fileprivate func workNotes(by name: String) -> Int {
        let ids = Set(actors.filter { $0.name == name }.map(\.id))
        return events.filter { event in
            guard ids.contains(event.actor), case .note(let text) = event.kind else { return false }
            return text.hasPrefix("work():")
        }.count
    }
}
