/// A file the user named for output (`--trace FILE`, `save FILE`), and whether they allowed
/// what is already there to be written over.
public struct OutputPath: Sendable, Hashable {
    /// The path as typed.
    public let path: String
    /// Whether an existing file (or block device) may be replaced: `--force`, or a confirmation.
    public let mayReplace: Bool

    public init(_ path: String, mayReplace: Bool = false) {
        self.path = path
        self.mayReplace = mayReplace
    }
}

/// What a successful write did, so the user can be told where the output went.
public struct OutputReceipt: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A new regular file.
        case created
        /// A regular file that was there before, replaced whole.
        case replaced
        /// Written through a device or a named pipe, which stays what it was.
        case wroteThrough
    }

    /// The path as typed.
    public let path: String
    public let kind: Kind
}
