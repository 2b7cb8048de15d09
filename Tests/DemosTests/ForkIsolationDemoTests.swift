import TestSupport
import Testing

@Suite("Demo: fork-isolation", .forksProcesses)
struct ForkIsolationDemoTests {
    @Test("the child's change stays in the child; only the shared Value carries it to the parent")
    func isolated() async throws {
        let run = try await runDemo("fork-isolation", ["start=5", "child_sets=42"])
        #expect(try run.number("child_sees") == 42)
        #expect(try run.number("parent_sees") == 5)
        #expect(try run.number("shared_parent_sees") == 42)
    }

    @Test("the parent keeps its value whatever the child assigns", arguments: [0, 999])
    func parentKeepsValue(childSets: Int) async throws {
        let run = try await runDemo("fork-isolation", ["start=7", "child_sets=\(childSets)"])
        #expect(try run.number("parent_sees") == 7)
        #expect(try run.number("shared_parent_sees") == Double(childSets))
    }
}
