import Foundation
import Messages
import Stage

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads and writes the progress file so that a crash, a full disk or a corrupt file never
/// loses more than the last change, and a file Spindle cannot read is never written over.
final class ProgressStore {
    /// The progress file.
    let url: URL
    /// Set when the file is there but cannot be read, or could not be moved aside: saving would
    /// replace progress the student cannot see, so this session saves nothing.
    private(set) var savingDisabled = false

    /// A progress file larger than this is not one Spindle wrote.
    static let largestFile = 16 << 20

    init(url: URL) {
        self.url = url
    }

    /// Reads the file. A missing file is a fresh start. One that cannot be read (permissions)
    /// is left alone and nothing is saved; one that is not valid (corrupt, or from a newer
    /// Spindle) is moved aside under a new name, never overwritten; `notice` says which, once.
    /// Temporaries left by saves of Spindles that were killed are removed first.
    func load() -> (record: ProgressRecord, notice: String?) {
        OutputFile.removeStaleTemporaries(of: url.path)
        let data: Data
        switch ProgressFileContents.load(url.path, limit: Self.largestFile) {
        case .missing:
            return (ProgressRecord(), nil)
        case .unreadable(let reason):
            savingDisabled = true
            return (
                ProgressRecord(),
                Messages.text("progress.unreadable", ["file": shown(url.path), "reason": reason])
            )
        case .tooLarge:
            return moveAside(
                because: Messages.text("progress.too-large", ["size": "\(Self.largestFile >> 20)"]))
        case .contents(let contents):
            data = contents
        }
        do {
            let record = try JSONDecoder().decode(ProgressRecord.self, from: data)
            if record.schema <= ProgressRecord.currentSchema { return (record, nil) }
            return moveAside(because: Messages.text("progress.newer-schema", ["schema": "\(record.schema)"]))
        } catch {
            return moveAside(because: Messages.text("progress.invalid"))
        }
    }

    /// Writes the record atomically through ``OutputFile``: readers see the old file or the new
    /// one, never a torn one. Does nothing while saving is disabled (the student was told why).
    func save(_ record: ProgressRecord) throws {
        guard !savingDisabled else { return }
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try OutputFile.write(
            Self.encode(record), to: OutputPath(url.path, mayReplace: true), permissions: 0o600)
    }

    /// Keeps `record` in a file of its own beside the progress file, before a `reset` forgets
    /// it, and returns that file's path so the student can restore it.
    func keepCopy(of record: ProgressRecord) throws -> String {
        let data = try Self.encode(record)
        for candidate in asideNames(label: "before-reset") {
            do {
                try OutputFile.write(data, to: OutputPath(candidate, mayReplace: false), permissions: 0o600)
                return candidate
            } catch OutputFileError.exists {
                continue
            }
        }
        throw ProgressStoreError(message: Messages.text("progress.no-copy-name", ["file": shown(url.path)]))
    }

    private static func encode(_ record: ProgressRecord) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(record)
    }

    /// Renames the file to a name no other file has (two moved aside in the same second get
    /// `-2`, `-3`...). If that fails, saving is disabled rather than write over the file.
    private func moveAside(because problem: String) -> (record: ProgressRecord, notice: String?) {
        switch moveToFreeName(label: "unreadable") {
        case .success(let aside):
            return (
                ProgressRecord(),
                Messages.text("progress.moved-aside", ["problem": problem, "file": shown(aside)])
            )
        case .failure(let error):
            savingDisabled = true
            return (
                ProgressRecord(),
                Messages.text(
                    "progress.not-moved",
                    ["problem": problem, "error": String(cString: strerror(error.code)).lowercased()])
            )
        }
    }

    /// Linking to the new name and then unlinking the old one never replaces a file that is
    /// there, even one another Spindle moved aside a moment ago.
    private func moveToFreeName(label: String) -> Result<String, MoveError> {
        for candidate in asideNames(label: label) {
            if link(url.path, candidate) == 0 {
                unlink(url.path)
                return .success(candidate)
            }
            let code = errno
            guard code != EEXIST else { continue }
            guard [EPERM, ENOTSUP, EXDEV, EMLINK].contains(code) else {
                return .failure(MoveError(code: code))
            }
            // A file system without hard links: rename to a name that is free a moment before.
            var status = stat()
            if lstat(candidate, &status) == 0 { continue }
            return rename(url.path, candidate) == 0 ? .success(candidate) : .failure(MoveError(code: errno))
        }
        return .failure(MoveError(code: EEXIST))
    }

    private struct MoveError: Error {
        let code: Int32
    }

    /// `progress.json.LABEL-20261204-163012`, then the same with `-2`, `-3`... up to `-100`.
    private func asideNames(label: String) -> [String] {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let base = url.path + ".\(label)-" + formatter.string(from: Date())
        return [base] + (2...100).map { base + "-\($0)" }
    }

    private func shown(_ path: String) -> String {
        OutputFileError.display(path)
    }
}

/// Saving progress failed; the message names the file and the reason.
struct ProgressStoreError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
