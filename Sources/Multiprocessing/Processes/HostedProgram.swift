/// A program the fork server can start in a fresh process: Spindle's answer to what Python's
/// `forkserver` start method pickles.
///
/// Python sends the child a pickled reference to the target function (module and name) and
/// pickled arguments. Spindle does the same with types: the request names the conforming type
/// (by its mangled name, which the child looks up in its own copy of the executable) and carries
/// ``Arguments`` encoded with ``BinaryCoding``; the child sends ``Output`` back the same way.
/// Any type the runtime can find again by its mangled name works, generic ones included.
///
/// Inside ``main(_:)`` the process is single-threaded (it was forked from the single-threaded
/// server), so it may `fork` directly: ``OS/fork(name:)``, ``Process``, ``ProcessPool``, the
/// way Python's `fork` start method does.
public protocol HostedProgram {
    /// What the caller passes in.
    associatedtype Arguments: Codable & Sendable
    /// What the program hands back when it returns.
    associatedtype Output: Codable & Sendable

    /// The program's body; an error it throws is reported to the caller with its description.
    static func main(_ arguments: Arguments) throws -> Output
}

/// The output of a program that has nothing to return.
public struct NoOutput: Codable, Sendable, Equatable {
    /// The only value.
    public init() {}
}
