/// Python's `threading.BrokenBarrierError`: the barrier was aborted, reset while parties waited,
/// timed out, or its action threw, so this `wait` cannot complete.
public struct BrokenBarrierError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Creates the error; like Python's it carries no message.
    public init() {}

    /// `BrokenBarrierError`, as Python prints it.
    public var description: String { "BrokenBarrierError" }
}
