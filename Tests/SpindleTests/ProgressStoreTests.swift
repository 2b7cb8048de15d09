import Foundation
import Testing
@testable import spindle

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
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/state") == ["progress.json"])
    }

    @Test("saving replaces the file whole: the old content is never left half-written")
    func replaceIsAtomic() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("progress.json")
        let store = ProgressStore(url: url)
        var record = ProgressRecord()
        record[lesson: "long"].pagesSeen = Set(0..<500)
        try store.save(record)
        let inodeBefore = try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int
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
        #expect(try String(contentsOf: folder.url.appendingPathComponent(aside), encoding: .utf8) == "{ not json")
    }

    @Test("a file from a newer Spindle is kept aside, not overwritten")
    func newerSchema() throws {
        let folder = try TemporaryFolder()
        let url = try folder.write("progress.json", #"{"schema": 99, "lessons": {}}"#)
        let loaded = ProgressStore(url: url).load()
        #expect(loaded.notice?.contains("newer Spindle") == true)
        #expect(try folder.names().contains { $0.hasPrefix("progress.json.unreadable-") })
    }
}
