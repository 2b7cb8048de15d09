import TestSupport
import Testing

@Suite("Demo: pool-apply", .forksProcesses)
struct PoolApplyDemoTests {
    @Test("with apply the parent waits for each call, so the calls never overlap")
    func applyRunsOneAtATime() async throws {
        let run = try await runDemo("pool-apply", ["mode=apply", "workers=3", "tasks=4", "task_s=0.1"])
        #expect(try run.number("tasks") == 4)
        #expect(try run.number("max_parallel") == 1)
        #expect(try run.number("elapsed_s") >= 0.4)
        #expect(try run.number("parent_waited_s") >= 0.4)
        #expect(try run.number("parent_ticks") == 0)
    }

    @Test("with apply_async the calls overlap and the parent does its own work meanwhile")
    func applyAsyncOverlaps() async throws {
        let run = try await runDemo("pool-apply", ["mode=async", "workers=3", "tasks=6", "task_s=0.3"])
        #expect(try run.number("tasks") == 6)
        #expect(try run.number("max_parallel") > 1)
        #expect(try run.number("max_parallel") <= 3)
        #expect(try run.number("parent_ticks") >= 1)
        #expect(try run.number("parent_waited_s") < run.number("elapsed_s"))
    }

    @Test("the pool's workers show as lanes named as Python names them")
    func workerLanes() async throws {
        let run = try await runDemo("pool-apply", ["mode=async", "workers=2", "tasks=2", "task_s=0.05"])
        #expect(Set(run.actors.map(\.name)).isSuperset(of: ["ForkPoolWorker-1", "ForkPoolWorker-2"]))
    }
}
