import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fresh folder under the temporary directory, removed with the value.
final class ScratchFolder {
    let path: String

    init() throws {
        path =
            FileManager.default.temporaryDirectory.appendingPathComponent(
                "spindle-output-\(UUID().uuidString)"
            ).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = path + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        return file
    }

    func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }
}

/// Device nodes made in a test's own folder with the numbers of a system device, so writing to
/// them tests the real thing while /dev itself is never touched.
enum DeviceNodes {
    static let permitted: Bool = {
        guard let scratch = try? ScratchFolder() else { return false }
        return (try? copy(of: "/dev/null", into: scratch)) != nil
    }()

    static func copy(of device: String, into folder: ScratchFolder) throws -> String {
        var status = stat()
        guard stat(device, &status) == 0 else { throw DeviceNodeError(reason: "no \(device)") }
        let node = folder.path + "/" + (device as NSString).lastPathComponent
        guard mknod(node, S_IFCHR | 0o666, status.st_rdev) == 0 else {
            throw DeviceNodeError(reason: String(cString: strerror(errno)))
        }
        return node
    }

    /// Type and device numbers, which a replaced node would not keep.
    static func identity(_ path: String) -> [UInt64] {
        var status = stat()
        guard lstat(path, &status) == 0 else { return [] }
        return [UInt64(status.st_mode & S_IFMT), UInt64(status.st_rdev), UInt64(status.st_ino)]
    }

    struct DeviceNodeError: Error {
        let reason: String
    }
}

/// Reads a pipe on its own thread until end of file (or closes it after `stopAfter` bytes).
final class PipeDrain: @unchecked Sendable {
    private let descriptor: Int32
    private let stopAfter: Int?
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(descriptor: Int32, stopAfter: Int? = nil) {
        self.descriptor = descriptor
        self.stopAfter = stopAfter
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        Foundation.Thread { [self] in drain() }.start()
    }

    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var sawWriter = false
        while true {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            _ = poll(&poller, 1, 100)
            let count = read(descriptor, &buffer, stopAfter ?? buffer.count)
            if count > 0 {
                sawWriter = true
                data.append(contentsOf: buffer[0..<count])
                if let stopAfter, data.count >= stopAfter { break }
            } else if count == 0, sawWriter {
                break
            } else if count < 0, errno != EINTR, errno != EAGAIN {
                break
            }
        }
        close(descriptor)
        done.signal()
    }

    /// Waits for the thread and returns what it read.
    func finish() -> Data {
        done.wait()
        return data
    }
}

/// Runs a body on a thread whose file-system user is `nobody`, so permission checks apply to it
/// even when the tests run as root. Only that thread is affected (setfsuid is per thread).
enum AsUnprivilegedThread {
    typealias SetFSUID = @convention(c) (UInt32) -> Int32

    static func run<Value: Sendable>(
        _ body: @escaping @Sendable () throws -> Value
    ) throws -> Result<Value, any Error> {
        let setfsuid = unsafeBitCast(try #require(dlsym(nil, "setfsuid")), to: SetFSUID.self)
        let finished = DispatchSemaphore(value: 0)
        let outcome = LockedBox<Result<Value, any Error>?>(nil)
        Foundation.Thread {
            _ = setfsuid(65_534)
            outcome.set(Result { try body() })
            _ = setfsuid(0)
            finished.signal()
        }.start()
        finished.wait()
        return try #require(outcome.get())
    }
}

final class LockedBox<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func set(_ newValue: Value) { lock.withLock { value = newValue } }
    func get() -> Value { lock.withLock { value } }
}

/// A pid that no process has: a child that has exited and been reaped.
enum DeadProcess {
    static func pid() -> pid_t {
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/true"), nil]
        defer { free(argv[0]) }
        guard posix_spawn(&pid, "/bin/true", nil, nil, argv, environ) == 0 else { return 999_999 }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return pid
    }
}
