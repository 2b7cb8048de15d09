import TestSupport
import Testing

@Suite("Demo: pool-with-terminate", .forksProcesses)
struct PoolWithTerminateDemoTests {
    @Test("leaving the with block at once terminates the calls not finished")
    func leavingLosesWork() async throws {
        let run = try await runDemo(
            "pool-with-terminate", ["wait=off", "workers=2", "tasks=6", "task_s=0.3", "inside_s=0"])
        #expect(try run.number("submitted") == 6)
        #expect(try run.number("finished") < 6)
        #expect(try run.number("lost") == run.number("submitted") - run.number("finished"))
        #expect(try run.number("started") <= 2)
    }

    @Test("work that ends while the parent is still inside the block is kept, the rest is lost")
    func onlyFinishedWorkSurvives() async throws {
        // Calls end at 0.4 s and 0.8 s; the parent leaves at 0.6 s.
        let run = try await runDemo(
            "pool-with-terminate", ["wait=off", "workers=2", "tasks=6", "task_s=0.4", "inside_s=0.6"])
        #expect(try run.number("finished") == 2)
        #expect(try run.number("lost") == 4)
    }

    @Test("close() and join() inside the block let every call finish")
    func closeJoinKeepsWork() async throws {
        let run = try await runDemo("pool-with-terminate", ["wait=on", "workers=2", "tasks=6", "task_s=0.1"])
        #expect(try run.number("submitted") == 6)
        #expect(try run.number("finished") == 6)
        #expect(try run.number("lost") == 0)
    }
}
