#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The read and write loops every fd-based primitive needs: retry on EINTR, finish partial
/// writes, and say which call failed with the system's words.
package enum FileDescriptorIO {
    /// Writes every byte, looping over partial writes; returns 0 or the errno of the failure.
    package static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32 {
        var offset = 0
        while offset < bytes.count {
            let written = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return 0
    }

    /// Writes every byte of `bytes`; returns 0 or the errno of the failure.
    package static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32 {
        bytes.withUnsafeBytes { writeAll(fd, $0) }
    }

    /// One `read`, retried on EINTR: the count read, 0 at end of file, or -errno.
    package static func readOnce(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int {
        while true {
            let count = read(fd, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            if errno != EINTR { return -Int(errno) }
        }
    }

    /// Makes reads on `fd` return EAGAIN instead of blocking.
    package static func setNonBlocking(_ fd: Int32) {
        let flags = fcntl(fd, F_GETFL)
        _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK)
    }

    /// Writes `text` to standard error in one call, as Python's tracebacks reach the terminal.
    package static func printError(_ text: String) {
        _ = writeAll(STDERR_FILENO, Array(text.utf8))
    }

    /// Closes `fd`, ignoring EINTR (Linux frees the descriptor even then).
    package static func close(_ fd: Int32) {
        #if canImport(Glibc)
        _ = Glibc.close(fd)
        #else
        _ = Darwin.close(fd)
        #endif
    }

    /// The system's description of `code`.
    package static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
