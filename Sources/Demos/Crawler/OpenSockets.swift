#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Counts this process's open sockets, so the crawler demo can show that it closed every one
/// it opened (the server's, the crawler's connections).
enum OpenSockets {
    /// The number of open file descriptors that are sockets, among the first 4,096.
    static func count() -> Int {
        var total = 0
        for fd in Int32(0)..<4_096 {
            var info = stat()
            if fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFSOCK { total += 1 }
        }
        return total
    }
}
