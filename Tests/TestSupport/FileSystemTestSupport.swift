import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Device nodes made in a test's own folder with the numbers of a system device (`/dev/null`,
/// `/dev/full`), so output to a device is tested for real while /dev itself is never at risk.
public enum DeviceNode {
    public static let permitted: Bool = {
        guard let folder = try? TemporaryFolder() else { return false }
        return (try? copy(of: "/dev/null", into: folder)) != nil
    }()

    public static func copy(of device: String, into folder: TemporaryFolder) throws -> String {
        var status = stat()
        guard stat(device, &status) == 0 else { throw ChildProcessError("no \(device)") }
        let node = folder.path + "/" + (device as NSString).lastPathComponent
        guard mknod(node, S_IFCHR | 0o666, status.st_rdev) == 0 else {
            throw ChildProcessError("mknod \(node): \(String(cString: strerror(errno)))")
        }
        return node
    }

    /// Type, device numbers and inode: a node replaced by a file keeps none of them.
    public static func identity(_ path: String) -> [UInt64] {
        var status = stat()
        guard lstat(path, &status) == 0 else { return [] }
        return [UInt64(status.st_mode & S_IFMT), UInt64(status.st_rdev), UInt64(status.st_ino)]
    }
}

/// Runs a body on a thread whose file-system user is `nobody`, so file permissions apply to it
/// even when the tests run as root (setfsuid changes only the calling thread).
public enum UnprivilegedThread {
    private typealias SetFSUID = @convention(c) (UInt32) -> Int32

    public static func run<Value: Sendable>(_ body: @escaping @Sendable () -> Value) throws -> Value {
        guard getuid() == 0 else { return body() }
        let setfsuid = unsafeBitCast(try #require(dlsym(nil, "setfsuid")), to: SetFSUID.self)
        let finished = DispatchSemaphore(value: 0)
        let result = ResultBox<Value>()
        Foundation.Thread {
            _ = setfsuid(65_534)
            result.value = body()
            _ = setfsuid(0)
            finished.signal()
        }.start()
        finished.wait()
        return try #require(result.value)
    }

    /// Carries a value to the thread, which runs only while the caller waits for it.
    public final class HandOver<Value>: @unchecked Sendable {
        public let value: Value
        public init(_ value: Value) { self.value = value }
    }

    /// Written by the thread before it signals, read after the wait.
    private final class ResultBox<Value>: @unchecked Sendable {
        var value: Value?
    }
}

/// Reads a named pipe on its own thread until every writer has closed it. The reading end is
/// opened at once (without waiting for a writer), so a writer that refuses to wait finds it.
public final class PipeReader: @unchecked Sendable {
    private let descriptor: Int32
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    public init(_ path: String) throws {
        descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw ChildProcessError("cannot open \(path): \(String(cString: strerror(errno)))")
        }
        Foundation.Thread { [self] in drain() }.start()
    }

    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var sawWriter = false
        while true {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            _ = poll(&poller, 1, 100)
            let count = read(descriptor, &buffer, buffer.count)
            if count > 0 {
                sawWriter = true
                data.append(contentsOf: buffer[0..<count])
            } else if count == 0, sawWriter {
                break
            } else if count < 0, errno != EINTR, errno != EAGAIN {
                break
            }
        }
        close(descriptor)
        done.signal()
    }

    /// Waits until the writer has closed the pipe and returns what it wrote.
    public func finish() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}
