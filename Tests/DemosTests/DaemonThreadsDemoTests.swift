import TestSupport
import Testing

@Suite("Demo: daemon-threads", .forksProcesses)
struct DaemonThreadsDemoTests {
    @Test("the program waits for the ordinary thread and cuts the daemon off for good")
    func daemonIsCutOff() async throws {
        let run = try await runDemo("daemon-threads", ["daemon_steps=10", "worker_steps=2"])
        #expect(try run.value("non_daemon_finished") == "yes")
        #expect(try run.value("daemon_finished") == "no")
        #expect(try run.number("daemon_steps_planned") == 10)
        #expect(try run.number("daemon_steps") < 10)
        #expect(try run.number("daemon_steps_after_exit") == 0)
        #expect(Set(run.actors.map(\.name)).isSuperset(of: ["program", "daemon", "worker"]))
    }

    @Test("a daemon with less to do than the program finishes before the exit")
    func shortDaemonFinishes() async throws {
        let run = try await runDemo("daemon-threads", ["daemon_steps=1", "worker_steps=8"])
        #expect(try run.value("daemon_finished") == "yes")
        #expect(try run.number("daemon_steps") == 1)
    }
}
