import BinaryFormat
import CPrimitives
import Threading
import Trace

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A ``HostedProgram`` running in a process forked by the fork server: the tutor's handle on a
/// demo, and the way a threaded program (or a test) runs code that forks.
///
/// The process is the leader of its own process group, and everything it forks stays in that
/// group, so ``terminate()`` and ``kill()`` reach the whole demo; when it ends, whatever it left
/// behind in the group is killed. Dropping the handle of a running process kills it too:
/// nothing outlives its handle.
///
/// With a ``TraceRecorder`` behind `tracer`, every event of every process in the tree arrives
/// in that recorder, in time order, while the demo runs.
public final class HostedProcess<Program: HostedProgram>: @unchecked Sendable {
    /// The process's pid.
    public let pid: Int32
    /// Its name in `ps` and in the trace.
    public let name: String
    private let server: ForkServer
    private let collector: HostedCollector
    // Guarded by `mutex`.
    private let mutex = PthreadMutex()
    private var status: ExitStatus?

    /// Starts `program` with `arguments` in a new process.
    ///
    /// - Parameters:
    ///   - name: the process's name (default: the program's type name).
    ///   - output: where its standard output and error go.
    ///   - tracer: where its trace events go; only an in-process recorder can receive them.
    ///   - processLimit: the most processes its tree may run at once (at most ``ProcessLimits/maximum``).
    public init(
        _ program: Program.Type = Program.self, arguments: Program.Arguments, name: String? = nil,
        output: HostedOutput = .discard, tracer: Tracer = TraceContext.tracer,
        processLimit: Int = ProcessLimits.default
    ) throws {
        guard (1...ProcessLimits.maximum).contains(processLimit) else {
            throw ValueError(
                "processLimit must be between 1 and \(ProcessLimits.maximum), not \(processLimit)")
        }
        guard let programName = _mangledTypeName(program), _typeByName(programName) == program else {
            throw ValueError(
                "\(program) cannot be hosted: the runtime cannot find it again by its mangled name")
        }
        let displayName = name ?? String(describing: program)
        let recorder = tracer.recorder
        var pipes = try HostedPipes(output: output, traced: recorder != nil)
        let request = HostedRequest(
            program: programName, arguments: try BinaryCoding.encode(arguments), name: displayName,
            trace: recorder.map {
                HostedRequest.TraceSetup(
                    lastActorID: $0.lastAllocatedIDs.actor, lastResourceID: $0.lastAllocatedIDs.resource,
                    parentActor: TraceContext.currentActor.rawValue)
            },
            processLimit: processLimit)
        let payload = try BinaryCoding.encode(request)
        guard payload.count <= Int(CPRIM_FORK_REQUEST_MAX_PAYLOAD) else {
            pipes.closeAll()
            throw ValueError(
                "the arguments are too large to send (\(payload.count) bytes; at most 64 KiB): "
                    + "pass bulk data through a pipe or shared memory")
        }
        let server = try ForkServer.shared()
        let spawned: Int32
        do {
            spawned = try server.spawn(payload: payload, fds: pipes.childEnds)
        } catch {
            pipes.closeAll()
            throw error
        }
        pipes.closeChildEnds()
        self.server = server
        pid = spawned
        self.name = displayName
        do {
            collector = try HostedCollector(pipes: pipes, recorder: recorder)
        } catch {
            // Nobody could watch the process or collect its result: it must not run on unseen.
            signalProcessGroup(spawned, SIGKILL)
            throw error
        }
    }

    deinit {
        if exitStatusIfEnded == nil {
            signalGroup(SIGKILL)
            _ = try? server.waitForExit(of: pid, until: nil)
        }
        collector.finish(until: nil)
        server.forget(pid)
    }

    /// Waits for the process to end, at most `timeout` seconds (nil: no limit); returns whether
    /// it ended. Its output and trace are complete once this returns true.
    @discardableResult
    public func join(timeout: Double? = nil) throws -> Bool {
        let deadline = Deadline.after(seconds: timeout)
        guard let raw = try server.waitForExit(of: pid, until: deadline) else { return false }
        guard collector.finish(until: deadline) else { return false }
        mutex.withLock { status = ExitStatus(waitStatus: raw) }
        return true
    }

    /// Whether the process is still running.
    public var isAlive: Bool { exitStatusIfEnded == nil }

    /// Python's `exitcode`: nil while running, else the code or minus the signal number.
    public var exitCode: Int32? { exitStatusIfEnded?.pythonExitCode }

    private var exitStatusIfEnded: ExitStatus? {
        if let known = mutex.withLock({ status }) { return known }
        return server.exitStatus(of: pid).map(ExitStatus.init(waitStatus:))
    }

    /// Waits for the program to end (at most `timeout` seconds) and returns its output.
    ///
    /// - Throws: ``HostedProgramError`` when it threw, died, or is still running at the deadline.
    public func result(timeout: Double? = nil) throws -> Program.Output {
        guard try join(timeout: timeout) else { throw HostedProgramError.stillRunning }
        switch collector.outcome {
        case .returned(let bytes)?:
            do {
                return try BinaryCoding.decode(Program.Output.self, from: bytes)
            } catch {
                throw HostedProgramError.unreadableOutput(String(describing: error))
            }
        case .threw(let message)?:
            throw HostedProgramError.threw(message)
        case nil:
            throw HostedProgramError.ended(exitCode: exitCode ?? -1)
        }
    }

    /// What the process wrote to standard output and error, with ``HostedOutput/capture``;
    /// complete after ``join(timeout:)`` returned true.
    public var output: String { collector.output }

    /// Sends SIGTERM to the process and everything it started (Python's `terminate()`).
    public func terminate() {
        signalGroup(SIGTERM)
    }

    /// Sends SIGKILL to the process and everything it started (Python's `kill()`).
    public func kill() {
        signalGroup(SIGKILL)
    }

    /// Sends SIGINT to the whole demo, as Ctrl-C would if it had the terminal.
    public func interrupt() {
        signalGroup(SIGINT)
    }

    /// Stops the process and everything it started (SIGSTOP), as Ctrl-Z stops a shell's job.
    public func suspend() {
        signalGroup(SIGSTOP)
    }

    /// Lets a suspended process and everything it started run again (SIGCONT).
    public func resume() {
        signalGroup(SIGCONT)
    }

    private func signalGroup(_ number: Int32) {
        guard exitStatusIfEnded == nil else { return }
        signalProcessGroup(pid, number)
    }
}

/// Sends `number` to every process in the group `leader` leads.
private func signalProcessGroup(_ leader: Int32, _ number: Int32) {
    #if canImport(Glibc)
    _ = Glibc.kill(-leader, number)
    #else
    _ = Darwin.kill(-leader, number)
    #endif
}
