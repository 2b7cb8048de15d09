import Foundation
import TestSupport
import Testing

/// Every lab of the course played as a script plays it: the keys `e` finds from the start win
/// each lab whose block says it is reachable, and `e` proves each of the others unwinnable.
@Suite("Course lab end to end")
struct CourseLabEndToEndTests {
    /// `LESSON-ID/LAB-ID` of every lab block in the lesson files, with its `reachable:`.
    static func declaredLabs() throws -> [String: Bool] {
        var declared: [String: Bool] = [:]
        let files = try FileManager.default.contentsOfDirectory(atPath: Repository.lessons)
            .filter { $0.hasSuffix(".md") }
        for file in files {
            let text = try String(contentsOfFile: Repository.lessons + "/" + file, encoding: .utf8)
            guard let lesson = text.firstMatch(of: /(?m)^id: (\S+)$/)?.output.1 else { continue }
            for block in text.matches(of: /(?s)```lab\n(.*?)```/) {
                let body = block.output.1
                guard let id = body.firstMatch(of: /(?m)^id: (\S+)$/)?.output.1,
                    let reachable = body.firstMatch(of: /(?m)^reachable: (yes|no)$/)?.output.1
                else { continue }
                declared["\(lesson)/\(id)"] = reachable == "yes"
            }
        }
        return declared
    }

    @Test("each lab is won with the explorer's keys, or proved unwinnable, as its block declares")
    func everyLabAsDeclared() throws {
        let state = try TemporaryFolder()
        let listed = try SpindleBinary.run(
            ["--lessons", Repository.lessons], input: "lab list\nquit\n", stateFolder: state.path)
        let ids = listed.output.split(separator: "\n").compactMap { line in
            line.firstMatch(of: /^\d+  ([a-z0-9-]+\/[a-z0-9-]+):\s/).map { String($0.output.1) }
        }
        let declared = try Self.declaredLabs()
        #expect(ids.count >= 10, "\(listed.output)")
        #expect(Set(ids) == Set(declared.keys), "\(listed.output)")
        for id in ids {
            let explored = try SpindleBinary.run(
                ["lab", id, "--lessons", Repository.lessons], input: "e\nq\n", stateFolder: state.path)
            #expect(explored.status == 0, "\(id): \(explored.errors)")
            guard declared[id] == true else {
                #expect(explored.output.contains("No schedule at all reaches the goal"), "\(id)")
                continue
            }
            guard let keys = LabWinningKeys.keys(in: explored.output) else {
                Issue.record("\(id): `e` found no winning keys:\n\(explored.output)")
                continue
            }
            let played = try SpindleBinary.run(
                ["lab", id, "--lessons", Repository.lessons], input: (keys + ["q"]).joined(separator: "\n"),
                stateFolder: state.path)
            #expect(played.status == 0, "\(id): \(played.errors)")
            #expect(played.output.contains("WIN: You won in \(keys.count) steps"), "\(id): \(played.output)")
        }
    }
}
