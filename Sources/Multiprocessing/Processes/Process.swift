import CPrimitives
import Threading
import Trace

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Python's `multiprocessing.Process` with the `fork` start method: ``start()`` forks, and the
/// child runs `target`, a closure that captured whatever it needs (Python's `args`/`kwargs`).
///
/// It needs a single-threaded parent (see ``OS/fork(name:)``): inside a ``HostedProgram`` that
/// is the case until the program starts threads. The parent learns how the child ended from
/// ``exitCode`` (Python's convention: minus the signal number when a signal ended it) and, when
/// `target` threw, the error's description from ``failure``; the child also prints it to its
/// standard error, as Python prints the traceback.
///
/// A daemon child is terminated when its parent ends; a non-daemon child is waited for. Both
/// are killed if the parent dies abruptly, so no orphan survives a demo.
public final class Process {
    /// Python's `name`: `Process-N` unless given.
    public let name: String
    /// Python's `daemon` flag; set it before ``start()``.
    public var daemon: Bool
    private let target: () throws -> Void
    private var childPID: Int32?
    private var reportFD: Int32 = -1
    private var finalStatus: ExitStatus?
    private var failureMessage: String?

    /// Python's `Process(target=..., name=..., daemon=...)`.
    public init(name: String? = nil, daemon: Bool = false, target: @escaping () throws -> Void) {
        let number = CurrentProcess.shared.nextProcessNumber()
        self.name = name ?? "Process-\(number)"
        self.daemon = daemon
        self.target = target
    }

    deinit {
        if reportFD >= 0 { FileDescriptorIO.close(reportFD) }
    }

    /// Python's `pid`: nil until started.
    public var pid: Int32? { childPID }

    /// Python's `start()`: forks the child, which runs the target and exits with 0, or with 1
    /// if the target threw.
    ///
    /// - Throws: ``AssertionError``-like ``ProcessStateError`` when started twice or when a daemon
    ///   tries to have children (Python forbids both), plus whatever ``OS/fork(name:)`` throws.
    public func start() throws {
        guard childPID == nil else { throw ProcessStateError("cannot start a process twice") }
        guard !CurrentProcess.shared.isDaemon else {
            throw ProcessStateError("daemonic processes are not allowed to have children")
        }
        var ends: [Int32] = [-1, -1]
        let status = cprim_cloexec_pipe(&ends)
        guard status == 0 else { throw OSError(errno: status, doing: "pipe for \(name)") }
        let pid: Int32
        do {
            pid = try OS.forkTracked(name: name, daemon: daemon)
        } catch {
            FileDescriptorIO.close(ends[0])
            FileDescriptorIO.close(ends[1])
            throw error
        }
        if pid == 0 {
            FileDescriptorIO.close(ends[0])
            runChild(reportFD: ends[1])
        }
        FileDescriptorIO.close(ends[1])
        reportFD = ends[0]
        childPID = pid
    }

    private func runChild(reportFD: Int32) -> Never {
        do {
            try target()
            ProcessExit.finish(code: 0, joinChildren: true)
        } catch {
            let message = String(describing: error)
            let report = Array(message.utf8.prefix(4000))
            _ = FileDescriptorIO.writeAll(reportFD, report)
            FileDescriptorIO.close(reportFD)
            FileDescriptorIO.printError("Process \(name): \(message)\n")
            ProcessExit.finish(code: 1, joinChildren: true)
        }
    }

    /// Python's `join(timeout=None)`: waits for the child to end, at most `timeout` seconds.
    /// Returns whether it has ended (Python returns None; check ``exitCode`` there).
    @discardableResult
    public func join(timeout: Double? = nil) throws -> Bool {
        guard let pid = childPID else { throw ProcessStateError("can only join a started process") }
        if finalStatus != nil { return true }
        guard let result = try OS.waitpid(pid, timeout: timeout) else { return false }
        settle(result.status)
        return true
    }

    /// Python's `is_alive()`.
    public var isAlive: Bool {
        guard let pid = childPID, finalStatus == nil else { return false }
        guard let result = try? OS.reapIfEnded(pid) else { return true }
        settle(result.status)
        return false
    }

    /// Python's `exitcode`: nil while running, the exit code after, minus the signal number
    /// when a signal ended it.
    public var exitCode: Int32? {
        _ = isAlive
        return finalStatus?.pythonExitCode
    }

    /// The description of the error `target` threw, once the child has ended; nil otherwise.
    public var failure: String? {
        _ = isAlive
        return failureMessage
    }

    /// Python's `terminate()`: sends SIGTERM.
    public func terminate() {
        signal(SIGTERM)
    }

    /// Python's `kill()`: sends SIGKILL.
    public func kill() {
        signal(SIGKILL)
    }

    private func signal(_ number: Int32) {
        guard let pid = childPID, finalStatus == nil else { return }
        #if canImport(Glibc)
        _ = Glibc.kill(pid, number)
        #else
        _ = Darwin.kill(pid, number)
        #endif
    }

    private func settle(_ status: ExitStatus) {
        finalStatus = status
        guard reportFD >= 0 else { return }
        var collected: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        FileDescriptorIO.setNonBlocking(reportFD)
        while true {
            let count = chunk.withUnsafeMutableBytes { FileDescriptorIO.readOnce(reportFD, into: $0) }
            if count <= 0 { break }
            collected += chunk[0..<count]
        }
        FileDescriptorIO.close(reportFD)
        reportFD = -1
        if !collected.isEmpty { failureMessage = String(decoding: collected, as: UTF8.self) }
    }
}

/// A ``Process`` method was called in a state that does not allow it; Python raises
/// `AssertionError` or `ValueError` with the same words.
public struct ProcessStateError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Python's message.
    public let message: String

    /// Creates the error with Python's message.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
