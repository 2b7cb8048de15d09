import Foundation
import Lab
import Messages
import TextRendering

/// Reading a lab program from a file, with errors that are one line naming the file.
enum LabProgramFile {
    /// The most a lab program may hold; a lab is a page or two of Python.
    static let maximumBytes = 262_144

    /// Reads, parses and compiles the program at `path`; a failure is one line, `FILE:LINE:COL:
    /// message` when the program itself is at fault.
    static func load(_ path: String) throws -> LabProgram {
        let shownPath = TerminalText.sanitize(path)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw CommandFailure(Messages.text("cli.file.program-is-folder", ["path": shownPath]))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CommandFailure(
                Messages.text(
                    "cli.file.cannot-read", ["path": shownPath, "reason": String(cString: strerror(errno))]))
        }
        defer { try? handle.close() }
        let bytes: Data
        do {
            // Bounded, so that a device that never ends fails fast instead of filling memory.
            bytes = try handle.read(upToCount: maximumBytes + 1) ?? Data()
        } catch {
            throw CommandFailure(
                Messages.text(
                    "cli.file.cannot-read", ["path": shownPath, "reason": error.localizedDescription]))
        }
        guard bytes.count <= maximumBytes else {
            throw CommandFailure(
                Messages.text(
                    "cli.file.program-too-large", ["path": shownPath, "kibibytes": "\(maximumBytes / 1024)"]))
        }
        guard let source = String(validating: bytes, as: UTF8.self) else {
            throw CommandFailure(Messages.text("cli.file.program-not-utf8", ["path": shownPath]))
        }
        do {
            // From the source, not a syntax tree alone: the lab shows its lines, and `critical`
            // goals read its `# critical` comments.
            return try LabProgram(source: source, file: shownPath)
        } catch {
            throw CommandFailure(error.description)
        }
    }
}
