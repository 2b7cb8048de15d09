import Foundation
import Lessons
import Testing

/// `--lessons DIR` lays a folder over the built-in course; `--only-lessons DIR` is the folder alone.
@Suite struct CourseOverlayTests {
    /// A fresh folder holding these lesson files, removed by the caller.
    func folder(_ files: [String: String]) throws -> String {
        let path = NSTemporaryDirectory() + "spindle-overlay-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8)
        }
        return path
    }

    /// A one-page lesson; `extra` adds front matter lines.
    func lesson(id: String, title: String = "Local", extra: String = "") -> String {
        "---\nid: \(id)\ntitle: \(title)\nsummary: Written for the test.\n\(extra)---\n## One\ntext\n"
    }

    // Loaded once, not once per test: Swift Testing makes a suite instance for every test.
    static let builtIn = LessonLibrary.load(course: .builtIn(overlay: nil), catalog: nil)

    @Test func aLessonWithABuiltInIDReplacesIt() throws {
        let welcome = try #require(Self.builtIn.lesson(matching: "welcome"))
        let path = try folder([
            "00-welcome.md": lesson(id: "welcome", title: "Our own welcome")
        ])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let library = LessonLibrary.load(course: .builtIn(overlay: path), catalog: nil)
        #expect(library.lessons.map(\.id) == Self.builtIn.lessons.map(\.id))
        let replaced = try #require(library.lesson(matching: "welcome"))
        #expect(replaced.title == "Our own welcome")
        #expect(replaced.title != welcome.title)
        #expect(replaced.file == path + "/00-welcome.md")
        #expect(library.diagnostics.map(\.description) == [])
    }

    @Test func aLessonWithANewIDIsAddedAndMayRequireABuiltInOne() throws {
        let last = try #require(Self.builtIn.lessons.last)
        let path = try folder([
            "90-extra.md": lesson(id: "extra", extra: "requires: [welcome]\n")
        ])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let library = LessonLibrary.load(course: .builtIn(overlay: path), catalog: nil)
        #expect(library.lessons.map(\.id) == Self.builtIn.lessons.map(\.id) + ["extra"])
        #expect(library.lesson(matching: "90")?.id == "extra")
        #expect(library.lesson(matching: last.id) == last)
        #expect(library.diagnostics.map(\.description) == [])
    }

    @Test func anAddedLessonThatTakesABuiltInNumberIsReportedInTheOverlaysFile() throws {
        let path = try folder(["00-intro.md": lesson(id: "intro")])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let library = LessonLibrary.load(course: .builtIn(overlay: path), catalog: nil)
        #expect(
            library.diagnostics.map(\.description) == [
                "\(path)/00-intro.md:1:1: error: duplicate lesson order 0, also used by <built-in>/00-welcome.md "
                    + "(`welcome`); give each lesson its own number"
            ])
    }

    @Test func onlyLessonsReadsTheFolderAlone() throws {
        let path = try folder(["01-solo.md": lesson(id: "solo")])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let library = LessonLibrary.load(course: .folder(path), catalog: nil)
        #expect(library.lessons.map(\.id) == ["solo"])
        #expect(library.diagnostics.isEmpty)
    }

    @Test func aBrokenOverlayLessonIsReportedInItsOwnFile() throws {
        let path = try folder(["05-bad.md": "## A page with no front matter\ntext\n"])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let library = LessonLibrary.load(course: .builtIn(overlay: path), catalog: nil)
        #expect(library.lessons.count == Self.builtIn.lessons.count)
        #expect(library.errorCount > 0)
        #expect(library.diagnostics.allSatisfy { $0.file == path + "/05-bad.md" })
    }

    @Test func theSourceNamesItselfInMessages() {
        #expect(CourseSource.builtIn(overlay: nil).description == "the built-in course")
        #expect(CourseSource.builtIn(overlay: "extra").description == "the built-in course and extra")
        #expect(CourseSource.folder("mine").description == "mine")
    }
}
