import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// However Spindle ends, it leaves nothing to the machine's init: its fork server and every
/// demo process are gone, and reaped, by the time it has exited. Each run is started in a
/// session of its own, so whatever it left behind is found by the session id.
@Suite("Exit paths leave nothing behind", .serialized)
struct ExitPathTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    private var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_STATE_HOME"] = folder.path
        environment["SPINDLE_LESSONS"] = nil
        return environment
    }

    private func start(_ arguments: [String]) throws -> ChildProcess.Started {
        try ChildProcess.start(
            [SpindleBinary.url.path] + arguments, environment: environment, newSession: true)
    }

    /// Waits until the run's output shows that its demo is under way.
    private func waitUntilNarrating(_ run: ChildProcess.Started) throws {
        for _ in 0..<600 {
            let output = (try? String(contentsOfFile: run.outputPath, encoding: .utf8)) ?? ""
            if output.split(separator: "\n").count >= 3 { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("the demo never started narrating")
    }

    @Test("a run that ends normally has ended and reaped its fork server")
    func normalExit() throws {
        let run = try start(["run", "fork-basics", "--plain", "speed=0"])
        let outcome = try run.wait()
        #expect(outcome.status == 0, "\(outcome.errors)")
        let left = ProcessTable.members(ofSession: run.pid)
        #expect(left.isEmpty, "left behind: \(left)")
    }

    @Test("a command that runs no demo reaps its fork server too")
    func commandWithoutDemo() throws {
        let run = try start(["demos"])
        _ = try run.wait()
        let left = ProcessTable.members(ofSession: run.pid)
        #expect(left.isEmpty, "left behind: \(left)")
    }

    @Test(
        "a signal in the middle of a narrated run stops the demo and reaps the server before Spindle ends",
        arguments: [SIGTERM, SIGHUP, SIGINT, SIGQUIT])
    func signalDuringRun(signal: Int32) throws {
        let run = try start(["run", "shared-counter", "--plain", "speed=0.07"])
        try waitUntilNarrating(run)
        run.send(signal)
        let outcome = try run.wait()
        // Ctrl-C stops the demo, not Spindle, which then reports and exits with 130.
        #expect(outcome.status == 128 + signal)
        let left = ProcessTable.members(ofSession: run.pid)
        #expect(left.isEmpty, "left behind: \(left)")
    }

    @Test("SIGKILL: the fork server notices at once and nothing of the demo survives")
    func killed() throws {
        let run = try start(["run", "shared-counter", "--plain", "speed=0.07"])
        try waitUntilNarrating(run)
        run.send(SIGKILL)
        _ = try run.wait()
        // Nothing can run in a killed process: the server sees its control socket close and ends
        // what it started. It is then init's child to reap, so only the living count here.
        var alive = ProcessTable.members(ofSession: run.pid).filter { $0.state != "Z" }
        for _ in 0..<200 where !alive.isEmpty {
            Thread.sleep(forTimeInterval: 0.05)
            alive = ProcessTable.members(ofSession: run.pid).filter { $0.state != "Z" }
        }
        #expect(alive.isEmpty, "still running: \(alive)")
    }
}
