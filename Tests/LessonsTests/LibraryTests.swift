import Foundation
import Lessons
import Testing

@Suite struct LibraryTests {
    /// A fresh directory with these files in it.
    func directory(_ files: [String: String]) throws -> String {
        let path = NSTemporaryDirectory() + "spindle-lessons-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8)
        }
        return path
    }

    @Test func loadsADirectorySortedByOrderAndFindsLessonsByIDOrNumber() throws {
        let path = try directory([
            "05-race.md": lessonText(id: "race", extra: "requires: [fork]", body: "## One\ntext"),
            "03-fork.md": lessonText(id: "fork", body: "## One\ntext"),
            "notes.txt": "not a lesson",
        ])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let library = LessonLibrary.load(paths: [path], catalog: TestDemoSignatures())
        #expect(library.diagnostics.isEmpty)
        #expect(library.lessons.map(\.id) == ["fork", "race"])
        #expect(library.lesson(matching: "race")?.order == 5)
        #expect(library.lesson(matching: "5")?.id == "race")
        #expect(library.lesson(matching: "03")?.id == "fork")
        #expect(library.lesson(matching: "4") == nil)
    }

    @Test func diagnosticsAreSortedAndCounted() throws {
        let path = try directory([
            "02-b.md": lessonText(id: "b", body: "## One\n```quizz\n```"),
            "01-a.md": lessonText(id: "a", body: "Intro\n## One\n\n## Two\ntext"),
        ])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let library = LessonLibrary.load(paths: [path], catalog: nil)
        #expect(
            library.diagnostics.map { "\(($0.file as NSString).lastPathComponent):\($0.line):\($0.column)" }
                == [
                    "01-a.md:6:1", "01-a.md:7:1", "02-b.md:7:4",
                ])
        #expect(library.errorCount == 3)
    }

    @Test func missingPathsBecomeDiagnostics() {
        let library = LessonLibrary.load(paths: ["/no/such/lessons"], catalog: nil)
        #expect(library.lessons.isEmpty)
        #expect(
            library.diagnostics.map(\.description) == [
                "/no/such/lessons:1:1: error: no such file or directory; check the lesson path"
            ])
    }

    @Test func aFileCanBeLoadedOnItsOwn() throws {
        let path = try directory(["01-a.md": lessonText(id: "a", body: "## One\ntext")])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let library = LessonLibrary.load(paths: [path + "/01-a.md"], catalog: nil)
        #expect(library.lessons.map(\.id) == ["a"])
    }
}
