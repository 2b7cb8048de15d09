import TestSupport
import Testing

@Suite("Demo: fork-tree", .forksProcesses)
struct ForkTreeDemoTests {
    @Test("forking in a loop makes 2^depth processes, every child reaped", arguments: [1, 2, 4])
    func doubles(depth: Int) async throws {
        let run = try await runDemo("fork-tree", ["depth=\(depth)"])
        #expect(try run.number("depth") == Double(depth))
        #expect(try run.number("expected") == Double(1 << depth))
        #expect(try run.number("processes") == Double(1 << depth))
        #expect(try run.number("reaped") == Double((1 << depth) - 1))
    }

    @Test("the deepest tree stays within the process limit, and the stage shows every process")
    func deepest() async throws {
        let run = try await runDemo("fork-tree", ["depth=5"])
        #expect(try run.number("processes") == 32)
        #expect(try run.number("reaped") == 31)
        #expect(run.actors.filter { $0.name.hasPrefix("fork-") && $0.name != "fork-tree" }.count == 31)
        #expect(run.actors.contains { $0.name == "fork-12345" })
    }
}
