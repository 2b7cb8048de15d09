import TestSupport
import Testing

@Suite("Demo: process-start-join", .forksProcesses)
struct ProcessStartJoinDemoTests {
    @Test("every worker is started and joined; the last exits with the code asked for")
    func exitCodes() async throws {
        let run = try await runDemo("process-start-join", ["workers=3", "fail_code=3"])
        #expect(try run.number("started") == 3)
        #expect(try run.number("joined") == 3)
        #expect(try run.value("exit_codes") == "0,0,3")
    }

    @Test("with fail_code=0 every worker succeeds")
    func allSucceed() async throws {
        let run = try await runDemo("process-start-join", ["workers=2", "fail_code=0"])
        #expect(try run.value("exit_codes") == "0,0")
    }

    @Test("a daemon helper is cut off when its parent ends")
    func daemonCutOff() async throws {
        let run = try await runDemo("process-start-join", ["workers=1", "daemon=on"])
        #expect(try run.value("helper_finished") == "no")
        #expect(try run.number("helper_ticks") < 8)
        let helper = try #require(run.actors.first { $0.name == "helper" })
        let ends = run.events.filter {
            $0.actor == helper.id && $0.kind == .transition(.done(.signalled(15)))
        }
        #expect(ends.count == 1)
    }

    @Test("a non-daemon helper is waited for, so it finishes its job")
    func nonDaemonWaitedFor() async throws {
        let run = try await runDemo("process-start-join", ["workers=1", "daemon=off"])
        #expect(try run.value("helper_finished") == "yes")
        #expect(try run.number("helper_ticks") == 8)
    }
}
