import Testing
import Threading

@Suite("Demo: rlock-reentry")
struct RLockReentryDemoTests {
    @Test("an RLock lets its owner in at every level and needs one release per acquire")
    func rlockNeverDeadlocks() async throws {
        let run = try await runDemo("rlock-reentry", ["kind=rlock", "depth=5", "timeout=0.2"])
        #expect(try run.value("deadlocked") == "no")
        #expect(try run.number("depth") == 5)
        #expect(try run.number("releases") == 5)
        #expect(try run.value("recovered") == "yes")
    }

    @Test("a plain Lock taken twice deadlocks; the timeout detects it and the lock is free again")
    func lockDeadlockIsDetectedAndRecovered() async throws {
        let run = try await runDemo("rlock-reentry", ["kind=lock", "depth=3", "timeout=0.2"])
        #expect(try run.value("deadlocked") == "yes")
        #expect(try run.number("depth") == 1)
        #expect(try run.number("releases") == 1)
        #expect(try run.value("recovered") == "yes")
    }

    @Test("the stage shows the worker blocked on the lock it holds itself")
    func stageShowsSelfDeadlock() async throws {
        let run = try await runDemo("rlock-reentry", ["kind=lock", "timeout=0.2"])
        let blockedOnItself = run.events.contains { event in
            guard case .transition(.blocked) = event.kind else { return false }
            return event.note?.contains("already held by this thread") == true
        }
        #expect(blockedOnItself)
    }
}
