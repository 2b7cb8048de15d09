import Foundation
import Messages

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What an output path leads to once symbolic links are followed, decided the way `cp` and
/// `tee` decide it: a regular file (or none yet) is written whole and atomically; anything else
/// that can be opened (a device, a named pipe) is written through, so it stays what it was.
struct OutputTarget {
    enum Kind: Equatable {
        /// Nothing there yet: a new file at `file`.
        case absent
        /// A regular file at `file`, with its permission bits.
        case regularFile(permissions: mode_t)
        /// A character device or a named pipe: opened and written through.
        case passThrough(isPipe: Bool)
        /// A block device: written through, but its contents would be lost, so it needs `mayReplace`.
        case blockDevice
    }

    /// The path as typed.
    let path: String
    /// Where the bytes go: the end of any chain of symbolic links. For pass-through targets this
    /// is the typed path, which the kernel resolves itself (including `/proc/self/fd` links).
    let file: String
    let kind: Kind

    /// The folder that holds ``file``.
    var folder: String { Self.folder(of: file) }

    /// Follows `path` and checks that `output` may be written there without a surprise: the
    /// folder exists and takes new files, an existing file is only replaced when allowed, and a
    /// device or pipe is writable.
    static func resolve(_ output: OutputPath) throws(OutputFileError) -> OutputTarget {
        let path = output.path
        guard !path.isEmpty else {
            throw .cannotWrite(path: path, reason: Messages.text("stage.output.reason.empty-name"))
        }
        guard !path.hasSuffix("/") else { throw .isFolder(path: path) }
        var status = stat()
        guard stat(path, &status) == 0 else {
            let code = errno
            switch code {
            case ENOENT:
                let file = try endOfLinks(path)
                try checkFolder(of: file, for: path)
                return OutputTarget(path: path, file: file, kind: .absent)
            case ENOTDIR: throw .notAFolder(path: path, folder: firstNonFolder(on: path))
            default: throw .notWritable(path: path, reason: OutputFileError.reason(code))
            }
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG:
            guard output.mayReplace else { throw .exists(path: path, what: .file) }
            let file = try endOfLinks(path)
            try checkFolder(of: file, for: path)
            return OutputTarget(
                path: path, file: file, kind: .regularFile(permissions: status.st_mode & 0o7777))
        case S_IFDIR:
            throw .isFolder(path: path)
        case S_IFCHR, S_IFIFO:
            try checkWritable(path)
            return OutputTarget(
                path: path, file: path, kind: .passThrough(isPipe: status.st_mode & S_IFMT == S_IFIFO))
        case S_IFBLK:
            guard output.mayReplace else { throw .exists(path: path, what: .blockDevice) }
            try checkWritable(path)
            return OutputTarget(path: path, file: path, kind: .blockDevice)
        case S_IFSOCK:
            throw .unsupported(path: path, what: .socket)
        default:
            throw .unsupported(path: path, what: .other)
        }
    }

    /// The last path in a chain of symbolic links (the path itself when it is not a link). A
    /// dangling link leads to the file it names, which is then created, as `cp` does.
    private static func endOfLinks(_ path: String) throws(OutputFileError) -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length >= 0 else { throw .notWritable(path: path, reason: OutputFileError.reason(errno)) }
            let target = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = target.hasPrefix("/") ? target : folder(of: current) + "/" + target
        }
        throw .notWritable(path: path, reason: OutputFileError.reason(ELOOP))
    }

    /// A new file (or the temporary beside an old one) is created in the folder: it must exist,
    /// be a folder, and take new files.
    private static func checkFolder(of file: String, for path: String) throws(OutputFileError) {
        let folder = folder(of: file)
        var status = stat()
        guard stat(folder, &status) == 0 else {
            switch errno {
            case ENOENT: throw .missingFolder(path: path, folder: folder)
            case ENOTDIR: throw .notAFolder(path: path, folder: firstNonFolder(on: folder))
            default:
                throw .folderNotWritable(path: path, folder: folder, reason: OutputFileError.reason(errno))
            }
        }
        guard status.st_mode & S_IFMT == S_IFDIR else { throw .notAFolder(path: path, folder: folder) }
        guard access(folder, W_OK | X_OK) == 0 else {
            throw .folderNotWritable(path: path, folder: folder, reason: OutputFileError.reason(errno))
        }
    }

    private static func checkWritable(_ path: String) throws(OutputFileError) {
        guard access(path, W_OK) == 0 else {
            throw .notWritable(path: path, reason: OutputFileError.reason(errno))
        }
    }

    /// `a/b` for `a/b/c`, `.` for `c`, `/` for `/c`.
    static func folder(of path: String) -> String {
        let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    /// The name after the last slash.
    static func name(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    }

    /// The shortest leading part of `path` that exists and is not a folder, for an ENOTDIR.
    private static func firstNonFolder(on path: String) -> String {
        var prefix = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            prefix = prefix == "." ? String(part) : prefix + "/" + part
            var status = stat()
            if stat(prefix, &status) == 0, status.st_mode & S_IFMT != S_IFDIR { return prefix }
        }
        return folder(of: path)
    }
}
