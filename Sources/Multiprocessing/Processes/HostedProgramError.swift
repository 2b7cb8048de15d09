/// A hosted program did not hand back its output.
public enum HostedProgramError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The program threw; the error's description, as the child printed it.
    case threw(String)
    /// The process ended without reporting, with this status (a signal, or an explicit exit).
    case ended(exitCode: Int32)
    /// The output arrived but could not be decoded as the expected type.
    case unreadableOutput(String)
    /// The process has not ended within the time given.
    case stillRunning

    /// One line for the student.
    public var description: String {
        switch self {
        case .threw(let message): message
        case .ended(let code) where code < 0: "the process was killed by signal \(-code) before it finished"
        case .ended(let code): "the process exited with code \(code) before it finished"
        case .unreadableOutput(let reason): "the process's result could not be read: \(reason)"
        case .stillRunning: "the process is still running"
        }
    }
}
