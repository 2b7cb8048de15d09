import Foundation
import Multiprocessing
import TestSupport
import Testing

@testable import spindle

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Saves progress in a loop, growing the record, until it is killed.
struct ProgressSavingLoop: HostedProgram {
    static func main(_ path: String) throws -> NoOutput {
        let store = ProgressStore(url: URL(fileURLWithPath: path))
        var record = store.load().record
        var round = 0
        while true {
            round += 1
            record[lesson: "lesson-\(round % 40)"].pagesSeen.insert(round % 97)
            record[lesson: "lesson-\(round % 40)"].questions["q\(round % 13)"] = QuestionProgress(
                answer: String(repeating: "x", count: round % 300), attempts: round)
            record.lastLesson = "lesson-\(round % 40)"
            try store.save(record)
        }
    }
}

@Suite("Progress under kill -9")
struct ProgressKillTests {
    @Test("200 kill -9 during saves: the file is always whole, and the next start removes the temporaries")
    func killDuringSaves() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/progress.json"
        var generator = SystemRandomNumberGenerator()
        var valid = 0
        var leftTemporary = 0
        var noFileYet = 0
        for round in 0..<200 {
            let saver = try HostedProcess(ProgressSavingLoop.self, arguments: path, name: "saver-\(round)")
            usleep(UInt32.random(in: 2_000...25_000, using: &generator))
            saver.kill()
            guard try saver.join(timeout: 60) else {
                Issue.record("round \(round): the saver did not die")
                return
            }
            let names = try folder.names()
            if names.contains(where: { $0.hasPrefix(".progress.json.") && $0.hasSuffix(".tmp") }) {
                leftTemporary += 1
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                noFileYet += 1
                continue
            }
            guard (try? JSONDecoder().decode(ProgressRecord.self, from: data)) != nil else {
                Issue.record("round \(round): progress.json is not valid after kill -9 (\(data.count) bytes)")
                return
            }
            valid += 1
            // The next start finds the file whole and clears what the killed saver left.
            #expect(ProgressStore(url: URL(fileURLWithPath: path)).load().notice == nil)
            #expect(try folder.names() == ["progress.json"], "round \(round)")
        }
        #expect(valid + noFileYet == 200)
        #expect(valid > 0, "no save finished before any kill")
        print(
            "progress kill -9: 200 kills, \(valid) valid files, \(noFileYet) before the first save, "
                + "\(leftTemporary) killed mid-write (temporary left, removed at the next start), 0 damaged")
    }
}
