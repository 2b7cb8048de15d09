import Foundation
import Lessons
import Testing

/// The lesson entries a listing reads are the lessons the library loads, without their pages.
@Suite struct LessonEntryTests {
    // Loaded once, not once per test: Swift Testing makes a suite instance for every test.
    static let builtIn = LessonLibrary.load(course: .builtIn(overlay: nil), catalog: nil)

    /// A fresh folder holding these lesson files, removed by the caller.
    func folder(_ files: [String: String]) throws -> String {
        let path = NSTemporaryDirectory() + "spindle-entries-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8)
        }
        return path
    }

    func expectSameLessons(_ entries: [LessonEntry], _ library: LessonLibrary) {
        #expect(entries.map(\.id) == library.lessons.map(\.id))
        #expect(entries.map(\.title) == library.lessons.map(\.title))
        #expect(entries.map(\.order) == library.lessons.map(\.order))
        #expect(entries.map(\.file) == library.lessons.map(\.file))
        #expect(entries.map { $0.lesson() } == library.lessons)
        for (entry, lesson) in zip(entries, library.lessons) where !lesson.labs.isEmpty {
            #expect(entry.mayHaveLabs, "\(lesson.id)")
        }
    }

    @Test func theBuiltInCourseListsItsLessonsInOrderAndOnlyLabLessonsMayHaveLabs() {
        let entries = LessonLibrary.entries(of: .builtIn(overlay: nil))
        expectSameLessons(entries, Self.builtIn)
        #expect(entries.count == Self.builtIn.lessons.count)
        let mayHaveLabs = entries.filter(\.mayHaveLabs).map(\.id)
        #expect(mayHaveLabs == Self.builtIn.lessons.filter { !$0.labs.isEmpty }.map(\.id))
    }

    @Test func anOverlayReplacesAndAddsLessonsAsTheLibraryDoes() throws {
        let path = try folder([
            "00-welcome.md": "---\nid: welcome\ntitle: Ours\nsummary: s\n---\n## One\ntext\n",
            "40-extra.md": "---\nid: extra\ntitle: Extra\nsummary: s\n---\n## One\ntext\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let course = CourseSource.builtIn(overlay: path)
        expectSameLessons(LessonLibrary.entries(of: course), LessonLibrary.load(course: course, catalog: nil))
    }

    @Test func frontMatterIsReadAsTheWholeFileReadsItEvenWhenBroken() throws {
        let body = "## One\ntext\n"
        let path = try folder([
            "01-plain.md": "---\nid: plain\ntitle: Plain\nsummary: s\n---\n" + body,
            "02-crlf.md": "---\r\nid: crlf\r\ntitle: Windows\r\nsummary: s\r\n---\r\n## One\r\ntext\r\n",
            "03-bom.md": "\u{FEFF}---\nid: bom\ntitle: Marked\nsummary: s\n---\n" + body,
            "04-escaped-end.md": "---\nid: escaped\ntitle: Escaped\nsummary: s\n-\u{1B}--\n" + body,
            "05-tabbed-end.md": "---\nid: tabbed\ntitle: Tabbed\nsummary: s\n\t---  \n" + body,
            "06-marked-end.md": "---\nid: marked\ntitle: Marked end\nsummary: s\n\u{FEFF}---\n---\n" + body,
            "07-unclosed.md": "---\nid: unclosed\ntitle: Unclosed\nsummary: s\n" + body,
            "08-no-id.md": "---\ntitle: No id\nsummary: s\n---\n" + body,
            "09-no-front-matter.md": body,
            "10-bad-yaml.md": "---\nid: [bad\ntitle: t\n---\n" + body,
            "11-order-clash.md": "---\nid: clash\ntitle: Clash\nsummary: s\norder: 12\n---\n" + body,
            "same-order.md": "---\nid: aaa\ntitle: Same order\nsummary: s\norder: 1\n---\n" + body,
            "huge.md": "---\nid: huge\ntitle: Huge\nsummary: s\norder: 5\n---\n"
                + String(repeating: "## Page\ntext\n", count: 90_000),
        ])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let course = CourseSource.folder(path)
        let library = LessonLibrary.load(course: course, catalog: nil)
        #expect(library.lessons.count > 3)
        expectSameLessons(LessonLibrary.entries(of: course), library)
    }

    @Test func aLabFenceIsFoundWhateverItsCaseOrTheCharactersInIt() throws {
        for (body, expected) in [
            ("```lab\n```\n", true),
            ("~~~ LAB\n~~~\n", true),
            ("``\u{1B}`lab\n```\n", true),
            ("```python\nlabel = 1\n```\n", false),
            ("A `lab` in prose.\n", false),
        ] {
            let path = try folder(["01-a.md": "---\nid: a\ntitle: A\nsummary: s\n---\n## P\n" + body])
            defer { try? FileManager.default.removeItem(atPath: path) }
            let entries = LessonLibrary.entries(of: .folder(path))
            #expect(entries.map(\.mayHaveLabs) == [expected], "\(body.debugDescription)")
        }
    }
}
