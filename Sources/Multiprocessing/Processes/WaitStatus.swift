import CPrimitives
import Trace

extension ExitStatus {
    /// Reads a raw `waitpid` status.
    init(waitStatus status: Int32) {
        if cprim_status_signalled(status) != 0 {
            self = .signalled(cprim_status_signal(status))
        } else {
            self = .exited(cprim_status_exit_code(status))
        }
    }

    /// Python's `exitcode`: the exit code, or minus the signal number for a process a signal
    /// ended (`-15` after `terminate()`).
    public var pythonExitCode: Int32 {
        switch self {
        case .exited(let code): code
        case .signalled(let signal): -signal
        case .failed: 1
        }
    }
}

/// What ``OS/waitpid(_:timeout:)`` reports about a child that ended.
public struct WaitResult: Sendable, Equatable {
    /// The child's pid.
    public let pid: Int32
    /// How it ended.
    public let status: ExitStatus

    /// Python's `os.waitstatus_to_exitcode(status)`: the code, or minus the signal number.
    public var exitCode: Int32 { status.pythonExitCode }
}
