/// Why an export could not be produced, phrased for someone who typed the path.
public enum TraceExportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file could not be created or written; `reason` is the system's explanation,
    /// such as `No such file or directory`.
    case cannotWrite(path: String, reason: String)

    /// `cannot write /tmp/x/run.cast: No such file or directory`.
    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason):
            "cannot write \(path): \(reason)"
        }
    }
}
