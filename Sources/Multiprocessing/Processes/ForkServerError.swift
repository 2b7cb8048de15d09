/// The fork server could not be started or reached, or could not start a process.
public struct ForkServerError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What went wrong, in a sentence that names the step.
    public let message: String

    /// Creates the error from a sentence.
    public init(_ message: String) {
        self.message = message
    }

    /// The message, prefixed so that it reads on its own in a log.
    public var description: String { "fork server: \(message)" }
}
