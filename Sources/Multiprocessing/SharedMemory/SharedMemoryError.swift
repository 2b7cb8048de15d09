#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The system refused to map memory that processes can share: Python raises `OSError` (from
/// `mmap`) when `multiprocessing` cannot create a lock or a shared value for the same reason.
public struct SharedMemoryError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The `errno` value `mmap` failed with.
    public let errno: Int32
    /// The size of the region asked for, in bytes.
    public let byteCount: Int

    /// Creates the error for a mapping of `byteCount` bytes refused with `errno`.
    public init(errno: Int32, byteCount: Int) {
        self.errno = errno
        self.byteCount = byteCount
    }

    /// Python's `OSError` format, then what was being mapped.
    public var description: String {
        "OSError: [Errno \(errno)] \(String(cString: strerror(errno))) "
            + "(mapping \(byteCount) bytes of shared memory)"
    }
}
