import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads and writes the progress file so that a crash, a full disk or a corrupt file never
/// loses more than the last change.
struct ProgressStore: Sendable {
    /// The progress file.
    let url: URL

    /// Reads the file. A missing file is a fresh start; an unreadable one (corrupt, or from a newer
    /// Spindle) is moved aside, never overwritten, and `notice` says where it went.
    func load() -> (record: ProgressRecord, notice: String?) {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return (ProgressRecord(), nil)
        }
        let problem: String
        do {
            let record = try JSONDecoder().decode(ProgressRecord.self, from: data)
            if record.schema <= ProgressRecord.currentSchema { return (record, nil) }
            problem = "it was written by a newer Spindle (schema \(record.schema))"
        } catch {
            problem = "it is not valid progress data"
        }
        let aside = url.deletingLastPathComponent().appendingPathComponent(
            "progress.json.unreadable-\(Int(Date().timeIntervalSince1970))")
        do {
            try FileManager.default.moveItem(at: url, to: aside)
            return (ProgressRecord(), "progress file unreadable (\(problem)); kept it as \(aside.path) and started afresh")
        } catch {
            return (ProgressRecord(), "progress file unreadable (\(problem)) and could not be moved aside: \(error.localizedDescription)")
        }
    }

    /// Writes the record atomically: a temporary file in the same folder, flushed to disk, then
    /// renamed over the old one, so readers see the old file or the new one and never a torn one.
    func save(_ record: ProgressRecord) throws {
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(record)
        let temporary = folder.appendingPathComponent(".progress.json.\(getpid()).tmp")
        try writeDurably(data, to: temporary)
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw ProgressStoreError(message: "cannot replace \(url.path): \(reason)")
        }
        syncDirectory(folder)
    }

    private func writeDurably(_ data: Data, to file: URL) throws {
        let descriptor = open(file.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw ProgressStoreError(message: "cannot write \(file.path): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        try data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw ProgressStoreError(message: "cannot write \(file.path): \(String(cString: strerror(errno)))")
                }
                offset += written
            }
        }
        guard fsync(descriptor) == 0 else {
            throw ProgressStoreError(message: "cannot flush \(file.path): \(String(cString: strerror(errno)))")
        }
    }

    /// Makes the rename itself durable; a failure here loses nothing already written.
    private func syncDirectory(_ folder: URL) {
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}

/// Saving progress failed; the message names the file and the system's reason.
struct ProgressStoreError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
