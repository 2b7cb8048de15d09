import TestSupport
import Testing

@Suite("Demo: fork-basics", .forksProcesses)
struct ForkBasicsDemoTests {
    @Test("fork returns 0 in the child and the child's pid in the parent, and the pids agree")
    func pidsAgree() async throws {
        let run = try await runDemo("fork-basics")
        #expect(try run.number("fork_in_child") == 0)
        #expect(try run.number("fork_in_parent") == run.number("child_pid"))
        #expect(try run.number("child_ppid") == run.number("parent_pid"))
        #expect(try run.number("child_pid") != run.number("parent_pid"))
        #expect(try run.number("child_pid") > 0)
        #expect(try run.value("pids_consistent") == "yes")
    }

    @Test("the parent's waitpid sees the code the child exited with")
    func exitCodeReachesParent() async throws {
        let run = try await runDemo("fork-basics", ["exit_code=5"])
        #expect(try run.number("child_exit_code") == 5)
        #expect(try run.value("pids_consistent") == "yes")
    }

    @Test("the child appears on the stage as a process of its own")
    func childIsAnActor() async throws {
        let run = try await runDemo("fork-basics")
        let child = try #require(run.actors.first { $0.name == "child" })
        #expect(try child.pid.map(Double.init) == run.number("child_pid"))
    }
}
