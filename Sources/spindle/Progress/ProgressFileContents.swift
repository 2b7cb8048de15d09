import Foundation
import Messages

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What reading the progress file found. "Cannot read" (permissions, a folder or a pipe where
/// the file should be) is kept apart from "not there", because only a missing file may be
/// created afresh.
enum ProgressFileContents {
    case missing
    case unreadable(reason: String)
    case tooLarge
    case contents(Data)

    static func load(_ path: String, limit: Int) -> ProgressFileContents {
        // Without O_NONBLOCK, a named pipe there would hold the tutor until something wrote to it.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else {
            return errno == ENOENT ? .missing : .unreadable(reason: reason(errno))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .unreadable(reason: reason(errno)) }
        guard status.st_mode & S_IFMT == S_IFREG else {
            return .unreadable(reason: Messages.text("progress.not-regular-file"))
        }
        guard status.st_size <= limit else { return .tooLarge }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                return .unreadable(reason: reason(errno))
            }
            if count == 0 { return .contents(data) }
            data.append(contentsOf: buffer[0..<count])
            if data.count > limit { return .tooLarge }
        }
    }

    private static func reason(_ code: Int32) -> String {
        code == EACCES || code == EPERM
            ? Messages.text("progress.permission-denied") : String(cString: strerror(code)).lowercased()
    }
}
