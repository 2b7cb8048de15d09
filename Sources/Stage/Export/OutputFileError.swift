import Foundation
import Messages
import TextRendering

/// Why output could not be written, in Spindle's words, naming the path as the user typed it
/// (and the folder, when the folder is the problem). Paths are shown sanitised, since a file
/// name may hold escape sequences. The sentence is in the language current when it is shown; a
/// `reason` was worded when the error was made, in the language current then.
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
    case unsupported(path: String, what: Unsupported)
    /// Writing started and failed, e.g. a full disk.
    case cannotWrite(path: String, reason: String)

    /// What was found where a new file should go.
    public enum Existing: Sendable, Hashable {
        case file
        case blockDevice
        /// Nothing was there when Spindle checked, something was when it wrote.
        case appearedMeanwhile

        /// Added after "already exists": empty for a plain file.
        public var detail: String { detail(in: CurrentLanguage.value) }

        public func detail(in language: Language) -> String {
            switch self {
            case .file: ""
            case .blockDevice: Messages.text("stage.output.exists.block-device", in: language)
            case .appearedMeanwhile: Messages.text("stage.output.exists.appeared-meanwhile", in: language)
            }
        }
    }

    /// What is there that cannot be written as a file.
    public enum Unsupported: Sendable, Hashable {
        case socket
        /// Neither a file nor a device, nor anything else Spindle knows how to write.
        case other

        func phrase(in language: Language) -> String {
            switch self {
            case .socket: Messages.text("stage.output.unsupported.socket", in: language)
            case .other: Messages.text("stage.output.unsupported.other", in: language)
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
    public var description: String { description(in: CurrentLanguage.value) }

    public func description(in language: Language) -> String {
        let shown = Self.display(path)
        func text(_ key: String, _ arguments: KeyValuePairs<String, String>) -> String {
            Messages.text("stage.output.\(key)", arguments, in: language)
        }
        switch self {
        case .missingFolder(_, let folder):
            return text("missing-folder", ["path": shown, "folder": Self.display(folder)])
        case .notAFolder(_, let folder):
            return text("not-a-folder", ["path": shown, "folder": Self.display(folder)])
        case .folderNotWritable(_, let folder, let reason):
            return text(
                "folder-not-writable", ["path": shown, "folder": Self.display(folder), "reason": reason])
        case .notWritable(_, let reason), .cannotWrite(_, let reason):
            return text("cannot-write", ["path": shown, "reason": reason])
        case .isFolder:
            return text("is-folder", ["path": shown])
        case .exists(_, let what):
            return text("exists", ["path": shown, "detail": what.detail(in: language)])
        case .noReader:
            return text("no-reader", ["path": shown])
        case .unsupported(_, let what):
            return text("unsupported", ["path": shown, "what": what.phrase(in: language)])
        }
    }

    /// A path as it can be printed on one line of a terminal.
    public static func display(_ path: String) -> String {
        TerminalText.sanitize(path).replacingOccurrences(of: "\n", with: "\u{240A}")
    }

    /// The system's reason in a few plain words; the most common ones are rephrased, in the
    /// current language, and the rest are the C library's words.
    static func reason(_ code: Int32) -> String {
        let key: String
        switch code {
        case ENOSPC: key = "no-space"
        case EDQUOT: key = "quota"
        case EACCES, EPERM: key = "permission"
        case EROFS: key = "read-only"
        case EPIPE: key = "pipe-closed"
        case EIO: key = "input-output"
        case ENAMETOOLONG: key = "name-too-long"
        case ELOOP: key = "too-many-links"
        default: return String(cString: strerror(code)).lowercased()
        }
        return Messages.text("stage.output.reason.\(key)")
    }
}
