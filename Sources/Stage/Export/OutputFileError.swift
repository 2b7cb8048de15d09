import Foundation
import TextRendering

/// Why output could not be written, in Spindle's words, naming the path as the user typed it
/// (and the folder, when the folder is the problem). Paths are shown sanitised, since a file
/// name may hold escape sequences.
public enum OutputFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The folder that would hold the file does not exist.
    case missingFolder(path: String, folder: String)
    /// Something on the way to the file is not a folder.
    case notAFolder(path: String, folder: String)
    /// The folder exists but a new file cannot be created in it.
    case folderNotWritable(path: String, folder: String, reason: String)
    /// A device or named pipe that this user may not write to.
    case notWritable(path: String, reason: String)
    /// The path names a folder.
    case isFolder(path: String)
    /// Something is there and replacing it was not allowed.
    case exists(path: String, what: Existing)
    /// A named pipe with no reader: opening it would wait until one comes.
    case noReader(path: String)
    /// Something that cannot be written as a file at all, such as a socket.
    case unsupported(path: String, what: String)
    /// Writing started and failed, e.g. a full disk.
    case cannotWrite(path: String, reason: String)

    /// What was found where a new file should go.
    public enum Existing: Sendable, Hashable {
        case file
        case blockDevice
        /// Nothing was there when Spindle checked, something was when it wrote.
        case appearedMeanwhile

        /// Added after "already exists": empty for a plain file.
        public var detail: String {
            switch self {
            case .file: ""
            case .blockDevice: " (a block device, whose contents would be lost)"
            case .appearedMeanwhile: " (it appeared while Spindle was working)"
            }
        }
    }

    /// The path the error is about, as the user typed it.
    public var path: String {
        switch self {
        case .missingFolder(let path, _), .notAFolder(let path, _), .folderNotWritable(let path, _, _),
            .notWritable(let path, _), .isFolder(let path), .exists(let path, _), .noReader(let path),
            .unsupported(let path, _), .cannotWrite(let path, _):
            path
        }
    }

    /// One line: `cannot write out/run.jsonl: the folder out does not exist`.
    public var description: String {
        let shown = Self.display(path)
        switch self {
        case .missingFolder(_, let folder):
            return
                "cannot write \(shown): the folder \(Self.display(folder)) does not exist; create it or choose another"
        case .notAFolder(_, let folder):
            return "cannot write \(shown): \(Self.display(folder)) is not a folder"
        case .folderNotWritable(_, let folder, let reason):
            return
                "cannot write \(shown): cannot create files in the folder \(Self.display(folder)) (\(reason))"
        case .notWritable(_, let reason):
            return "cannot write \(shown): \(reason)"
        case .isFolder:
            return "cannot write \(shown): it is a folder; name a file inside it"
        case .exists(_, let what):
            return "\(shown) already exists\(what.detail); add --force to replace it, or choose another name"
        case .noReader:
            return
                "cannot write \(shown): it is a named pipe and nothing is reading it; start the reader first"
        case .unsupported(_, let what):
            return "cannot write \(shown): it is \(what); name a file, a named pipe or a device"
        case .cannotWrite(_, let reason):
            return "cannot write \(shown): \(reason)"
        }
    }

    /// A path as it can be printed on one line of a terminal.
    public static func display(_ path: String) -> String {
        TerminalText.sanitize(path).replacingOccurrences(of: "\n", with: "\u{240A}")
    }

    /// The system's reason in a few plain words; the most common ones are rephrased.
    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOSPC: "no space left on the device"
        case EDQUOT: "the disk quota is used up"
        case EACCES, EPERM: "permission denied"
        case EROFS: "the file system is read-only"
        case EPIPE: "the reader closed the pipe before everything was written"
        case EIO: "an input/output error"
        case ENAMETOOLONG: "the name is too long"
        case ELOOP: "too many symbolic links"
        default: String(cString: strerror(code)).lowercased()
        }
    }
}
