import Threading

/// A misuse of the ``GIL``.
///
/// CPython never lets Python code touch the GIL directly, and its C-level misuses are fatal
/// errors; here they are thrown so a demo can show the mistake instead of crashing. Each case
/// names the Python exception a comparable misuse of `threading.Lock` or `sys` raises.
public enum GILError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `release()` by a thread that does not hold the GIL (Python's `RuntimeError`, as for
    /// releasing an un-acquired lock).
    case notHeld
    /// `acquire()` by the thread that already holds the GIL; the GIL is not reentrant, so this
    /// would wait for ever (CPython aborts). Use ``GIL/withInterpreter(_:)``, which nests.
    case alreadyHeld
    /// A switch interval that is not a positive number of seconds (Python's `ValueError` from
    /// `sys.setswitchinterval`).
    case invalidSwitchInterval(Double)
    /// A timeout together with `blocking: false` (Python's `ValueError`, as for `Lock.acquire`).
    case timeoutWithoutBlocking
    /// A negative or NaN timeout (Python's `ValueError`, as for `Lock.acquire`).
    case invalidTimeout(Double)

    /// The name of the Python exception this corresponds to.
    public var pythonException: String {
        switch self {
        case .notHeld, .alreadyHeld: "RuntimeError"
        case .invalidSwitchInterval, .timeoutWithoutBlocking, .invalidTimeout: "ValueError"
        }
    }

    /// The message, worded like Python's.
    public var description: String {
        switch self {
        case .notHeld: "cannot release the GIL: this thread does not hold it"
        case .alreadyHeld: "cannot acquire the GIL: this thread already holds it"
        case .invalidSwitchInterval(let value): "switch interval must be strictly positive, not \(value)"
        case .timeoutWithoutBlocking: "can't specify a timeout for a non-blocking call"
        case .invalidTimeout(let value): "timeout value must be a non-negative number, not \(value)"
        }
    }
}
