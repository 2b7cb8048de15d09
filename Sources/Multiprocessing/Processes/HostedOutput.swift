/// Where a hosted process's standard output and standard error go.
public enum HostedOutput: Sendable {
    /// Thrown away (`/dev/null`).
    case discard
    /// Kept, both streams together, for ``HostedProcess/output``.
    case capture
    /// Shared with the caller's own standard output and error.
    case inherit
}
