import TestSupport
import Testing

@Suite("Demo: shared-memory", .forksProcesses)
struct SharedMemoryDemoTests {
    @Test("the parent sees every slot of the shared Array filled and none of the ordinary list")
    func onlySharedMemoryIsShared() async throws {
        let run = try await runDemo("shared-memory", ["workers=4", "slots=5"])
        #expect(try run.number("slots") == 20)
        #expect(try run.number("array_slots_filled") == 20)
        #expect(try run.number("list_slots_filled") == 0)
        #expect(try run.number("total") == run.number("expected_total"))
    }
}
