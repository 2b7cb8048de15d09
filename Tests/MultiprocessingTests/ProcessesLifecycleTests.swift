import Multiprocessing
import TestSupport
import Testing
import Threading

#if canImport(Glibc)
import Glibc
#endif

/// How each kind of child ended, as its parent saw it.
struct LifecycleReport: Codable, Sendable, Equatable {
    var aliveBeforeJoin: Bool
    var normalExit: Int32?
    var aliveAfterJoin: Bool
    var explicitExit: Int32?
    var thrownExit: Int32?
    var thrownFailure: String?
    var joinTimedOut: Bool
    var terminatedExit: Int32?
    var killedExit: Int32?
    var names: [String]
}

struct ChildFailure: Error, CustomStringConvertible {
    var description: String { "ValueError: boom from the child" }
}

/// Runs one child per way of ending and reports what the parent saw.
struct ProcessLifecycle: HostedProgram {
    static func main(_ arguments: NoOutput) throws -> LifecycleReport {
        var gate: [Int32] = [-1, -1]
        guard pipe(&gate) == 0 else { throw OSError(errno: errno, doing: "pipe") }
        // Blocks until the parent closes the gate's write end: alive for certain until then.
        let waiting = Process(name: "waiter") {
            var byte: UInt8 = 0
            close(gate[1])
            _ = read(gate[0], &byte, 1)
        }
        try waiting.start()
        let aliveBefore = waiting.isAlive
        close(gate[0])
        close(gate[1])
        try waiting.join(timeout: 30)

        let explicit = Process { OS.exit(3) }
        try explicit.start()
        try explicit.join(timeout: 30)

        let thrower = Process { throw ChildFailure() }
        try thrower.start()
        try thrower.join(timeout: 30)

        let sleeper = Process { while true { sleep(10) } }
        try sleeper.start()
        let timedOut = try !sleeper.join(timeout: 0.01)
        sleeper.terminate()
        try sleeper.join(timeout: 30)

        let stubborn = Process {
            signal(SIGTERM, SIG_IGN)
            while true { sleep(10) }
        }
        try stubborn.start()
        stubborn.kill()
        try stubborn.join(timeout: 30)

        return LifecycleReport(
            aliveBeforeJoin: aliveBefore, normalExit: waiting.exitCode, aliveAfterJoin: waiting.isAlive,
            explicitExit: explicit.exitCode, thrownExit: thrower.exitCode, thrownFailure: thrower.failure,
            joinTimedOut: timedOut, terminatedExit: sleeper.exitCode, killedExit: stubborn.exitCode,
            names: [waiting.name, explicit.name, thrower.name])
    }
}

/// What became of a daemon and a non-daemon child when their parent ended.
struct DaemonPIDs: Codable, Sendable, Equatable {
    var daemon: Int32
    var worker: Int32
    var host: Int32
}

/// Starts a daemon child that would run for ever and a worker child that finishes after its
/// parent returns; the parent's end must terminate the first and wait for the second.
struct DaemonAndWorker: HostedProgram {
    static func main(_ arguments: NoOutput) throws -> DaemonPIDs {
        let daemon = Process(name: "daemon", daemon: true) { while true { sleep(10) } }
        try daemon.start()
        let worker = Process(name: "worker") { usleep(50_000) }
        try worker.start()
        return DaemonPIDs(daemon: daemon.pid ?? 0, worker: worker.pid ?? 0, host: OS.getpid())
    }
}

/// A daemon process trying to start a child, which Python forbids.
struct DaemonWithChild: HostedProgram {
    static func main(_ arguments: NoOutput) throws -> Int32 {
        let daemon = Process(daemon: true) {
            let grandchild = Process {}
            do {
                try grandchild.start()
            } catch {
                OS.exit(7)
            }
        }
        try daemon.start()
        try daemon.join(timeout: 30)
        return daemon.exitCode ?? -1
    }
}

@Suite("Processes: Process lifecycle", .forksProcesses)
struct ProcessesLifecycleTests {
    @Test("exit codes, thrown errors, timeouts, terminate and kill, as Python reports them")
    func lifecycle() throws {
        let report = try runHosted(ProcessLifecycle.self, NoOutput())
        #expect(report.aliveBeforeJoin)
        #expect(report.normalExit == 0)
        #expect(!report.aliveAfterJoin)
        #expect(report.explicitExit == 3)
        #expect(report.thrownExit == 1)
        #expect(report.thrownFailure == "ValueError: boom from the child")
        #expect(report.joinTimedOut)
        #expect(report.terminatedExit == -SIGTERM)
        #expect(report.killedExit == -SIGKILL)
        #expect(report.names == ["waiter", "Process-2", "Process-3"])
    }

    @Test("a daemon child is terminated when its parent ends; a worker is waited for")
    func daemonChildren() throws {
        let process = try HostedProcess(DaemonAndWorker.self, arguments: NoOutput())
        #expect(try process.join(timeout: 60))
        let pids = try process.result()
        #expect(process.exitCode == 0)
        #expect(!processExists(pids.daemon))
        #expect(!processExists(pids.worker))
        expectGroupGone(pids.host)
    }

    @Test("a daemon process may not have children")
    func daemonMayNotFork() throws {
        #expect(try runHosted(DaemonWithChild.self, NoOutput()) == 7)
    }

    @Test("an error thrown by a hosted program reaches the caller with its message")
    func hostedThrows() throws {
        let error = #expect(throws: HostedProgramError.self) {
            _ = try runHosted(ThrowingProgram.self, NoOutput())
        }
        #expect(error == .threw("ValueError: boom from the child"))
    }

    @Test("terminating a hosted program ends its whole process group")
    func terminateGroup() throws {
        let process = try HostedProcess(SleepingFamily.self, arguments: 3, output: .capture)
        // The program prints once its children are started; wait for that, not for a time.
        var waited = 0
        while !process.output.contains("started") && waited < 6000 {
            usleep(10_000)
            waited += 1
        }
        process.terminate()
        #expect(try process.join(timeout: 60))
        #expect(process.exitCode == -SIGTERM)
        expectGroupGone(process.pid)
    }
}

struct ThrowingProgram: HostedProgram {
    static func main(_ arguments: NoOutput) throws -> NoOutput {
        throw ChildFailure()
    }
}

/// Starts `count` children that sleep for ever, says so, and sleeps too.
struct SleepingFamily: HostedProgram {
    static func main(_ count: Int) throws -> NoOutput {
        for _ in 0..<count {
            try Process { while true { sleep(10) } }.start()
        }
        print("started")
        fflush(nil)
        while true { sleep(10) }
    }
}
