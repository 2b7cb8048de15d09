import Testing

@Suite("Demo: shared-memory")
struct SharedMemoryDemoTests {
    @Test("the parent sees every slot of the shared Array filled and none of the ordinary list")
    func onlySharedMemoryIsShared() throws {
        let run = try runDemo("shared-memory", ["workers=4", "slots=5"])
        #expect(try run.number("slots") == 20)
        #expect(try run.number("array_slots_filled") == 20)
        #expect(try run.number("list_slots_filled") == 0)
        #expect(try run.number("total") == run.number("expected_total"))
    }

    @Test("a run cut short by its time limit says so")
    func timeLimit() throws {
        let run = try runDemo("shared-memory", ["speed=0.01", "time_limit=1", "slots=16"], expectCompleted: false)
        guard case .stoppedEarly(let reason) = run.outcome.ending else {
            Issue.record("expected an early stop, got \(run.outcome.ending)")
            return
        }
        #expect(reason.contains("time limit"))
    }
}
