import Foundation
import TestSupport
import Testing

@testable import spindle

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("Progress store")
struct ProgressStoreTests {
    @Test("a saved record loads back unchanged and leaves no temporary file")
    func roundTrip() throws {
        let folder = try TemporaryFolder()
        let store = ProgressStore(url: folder.url.appendingPathComponent("state/progress.json"))
        var record = ProgressRecord()
        record[lesson: "basics"].pagesSeen = [0, 2]
        record[lesson: "basics"].questions["pick"] = QuestionProgress(
            answer: "b", attempts: 2, correct: true, hintsUsed: 1)
        record.lastLesson = "basics"
        try store.save(record)
        let loaded = store.load()
        #expect(loaded.record == record)
        #expect(loaded.notice == nil)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path + "/state") == ["progress.json"])
    }

    @Test("saving replaces the file whole: the old content is never left half-written")
    func replaceIsAtomic() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("progress.json")
        let store = ProgressStore(url: url)
        var record = ProgressRecord()
        record[lesson: "long"].pagesSeen = Set(0..<500)
        try store.save(record)
        let inodeBefore =
            try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int
        record[lesson: "short"].pagesSeen = [1]
        try store.save(record)
        let inodeAfter = try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int
        #expect(inodeBefore != inodeAfter, "a rename installs a new file instead of rewriting the old one")
        #expect(store.load().record == record)
    }

    @Test("a missing file is a fresh start without a notice")
    func missingFile() throws {
        let folder = try TemporaryFolder()
        let loaded = ProgressStore(url: folder.url.appendingPathComponent("progress.json")).load()
        #expect(loaded.record == ProgressRecord())
        #expect(loaded.notice == nil)
    }

    @Test("a corrupt file is moved aside with a notice, and other files are untouched")
    func corruptFile() throws {
        let folder = try TemporaryFolder()
        let url = try folder.write("progress.json", "{ not json")
        try folder.write("history", "lessons\n")
        let loaded = ProgressStore(url: url).load()
        #expect(loaded.record == ProgressRecord())
        let notice = try #require(loaded.notice)
        #expect(notice.contains("not valid progress data"))
        let names = try folder.names()
        #expect(names.contains("history"))
        #expect(!names.contains("progress.json"))
        let aside = try #require(names.first { $0.hasPrefix("progress.json.unreadable-") })
        #expect(
            try String(contentsOf: folder.url.appendingPathComponent(aside), encoding: .utf8) == "{ not json")
    }

    @Test("a file from a newer Spindle is kept aside, not overwritten")
    func newerSchema() throws {
        let folder = try TemporaryFolder()
        let url = try folder.write("progress.json", #"{"schema": 99, "lessons": {}}"#)
        let loaded = ProgressStore(url: url).load()
        #expect(loaded.notice?.contains("newer Spindle") == true)
        #expect(try folder.names().contains { $0.hasPrefix("progress.json.unreadable-") })
    }

    @Test("a file that cannot be read (permissions) is never written over; the notice says so once")
    func unreadableFileIsLeftAlone() throws {
        let folder = try TemporaryFolder()
        let original = String(repeating: "x", count: 513)
        let url = try folder.write("progress.json", original)
        chmod(url.path, 0)
        let store = ProgressStore(url: url)
        // The thread only runs while this one waits for it.
        let handOver = UnprivilegedThread.HandOver(store)
        let loaded = try UnprivilegedThread.run { handOver.value.load() }
        #expect(loaded.record == ProgressRecord())
        #expect(
            loaded.notice == "cannot read the progress file \(url.path) (permission denied); "
                + "this session saves no progress, so the file stays as it is")
        var record = ProgressRecord()
        record[lesson: "basics"].pagesSeen = [0]
        try store.save(record)
        chmod(url.path, 0o600)
        #expect(try String(contentsOf: url, encoding: .utf8) == original)
        #expect(try folder.names() == ["progress.json"])
    }

    @Test("a folder where the file should be is reported and left alone")
    func folderInsteadOfFile() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("progress.json")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        let store = ProgressStore(url: url)
        #expect(store.load().notice?.contains("(it is not a regular file)") == true)
        try store.save(ProgressRecord())
        var isFolder: ObjCBool = false
        #expect(
            FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue)
    }

    @Test("files moved aside never overwrite each other, even within one second")
    func movedAsideNamesAreUnique() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("progress.json")
        // Names the next seconds would use are taken already: the store must pick others.
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        for second in 0..<5 {
            try folder.write(
                "progress.json.unreadable-"
                    + formatter.string(from: Date().addingTimeInterval(Double(second))), "taken \(second)")
        }
        try folder.write("progress.json", "{ first")
        let first = ProgressStore(url: url).load().notice
        try folder.write("progress.json", "{ second")
        let second = ProgressStore(url: url).load().notice
        #expect(first != second)
        let contents = try folder.names().filter { $0.hasPrefix("progress.json.unreadable-") }
            .map { try String(contentsOf: folder.url.appendingPathComponent($0), encoding: .utf8) }
        #expect(contents.count == 7)
        #expect(Set(contents) == Set((0..<5).map { "taken \($0)" } + ["{ first", "{ second"]))
        #expect(first?.contains("quit and rename it to progress.json to restore it") == true)
    }

    @Test("temporaries of killed Spindles are removed at start; a running one's is kept")
    func staleTemporaries() throws {
        let folder = try TemporaryFolder()
        let dead = deadPID()
        try folder.write(".progress.json.\(dead).tmp", "{ half")
        try folder.write(".progress.json.\(getppid()).tmp", "{ running")
        _ = ProgressStore(url: folder.url.appendingPathComponent("progress.json")).load()
        #expect(try folder.names() == [".progress.json.\(getppid()).tmp"])
    }

    /// The pid of a process that has exited and been reaped.
    private func deadPID() -> pid_t {
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/true"), nil]
        defer { free(argv[0]) }
        guard posix_spawn(&pid, "/bin/true", nil, nil, argv, environ) == 0 else { return 999_999 }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return pid
    }
}
