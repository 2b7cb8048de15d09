import Testing
import Threading

@Suite("Demo: thread-styles")
struct ThreadStylesDemoTests {
    @Test("is_alive() is false before start(), true while running, false after join()")
    func aliveness() async throws {
        let run = try await runDemo("thread-styles", ["threads=3", "steps=2"])
        #expect(try run.value("alive_before_start") == "no")
        #expect(try run.value("alive_while_running") == "yes")
        #expect(try run.value("alive_after_join") == "no")
    }

    @Test("default names follow Python's Thread-N; run() called directly runs in the caller")
    func namesAndDirectRun() async throws {
        let run = try await runDemo("thread-styles", ["threads=2", "steps=1"])
        #expect(try run.value("default_name") == "Thread-1")
        #expect(try run.value("subclass_ran_in") == "counter")
        #expect(try run.value("direct_run_ran_in") == "MainThread")
        #expect(Set(run.actors.map(\.name)).isSuperset(of: ["Thread-1", "Thread-2", "counter"]))
        #expect(!run.actors.contains { $0.name == "mistake" })
    }
}
