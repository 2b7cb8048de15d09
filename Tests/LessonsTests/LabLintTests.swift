import Foundation
import Lessons
import Testing

/// Lint hands each lab to a `LabChecking` and places what it finds where the instructor fixes it.
@Suite struct LabLintTests {
    let inlineLab = labBlock(
        "id: inline", "title: T", "code: |", "  import threading", "  counter = 0", "goal: end counter == 1",
        "reachable: no")

    func lint(_ text: String, file: String = "03-race.md", problems: [LabCheckProblem.Place]) -> [String] {
        let lessons = [LessonParser.parse(text, file: file).lesson].compactMap { $0 }
        return LessonLinter(catalog: nil, labChecker: FakeLabChecker(problems: problems)).lint(lessons).map(
            \.description)
    }

    @Test func problemsInInlineCodeLandInTheLessonFile() {
        // Column 9 of the code's line 2 is the `=` of `counter = 0`: line 12, column 11 of the lesson.
        #expect(
            lint(labLesson(inlineLab), problems: [.program(line: 2, column: 9)]) == [
                "03-race.md:12:11: error: file 03-race.md, goal `end counter == 1`, reachable false, 2 lines"
            ])
    }

    @Test func problemsInTheGoalLandInsideItsText() {
        // Column 5 of `end counter == 1` is the `c` of `counter`.
        #expect(
            lint(labLesson(inlineLab), problems: [.goal(column: 5)]) == [
                "03-race.md:13:11: error: file 03-race.md, goal `end counter == 1`, reachable false, 2 lines"
            ])
        let quoted = labBlock(
            "id: a", "title: T", "code: |", "  x = 0", "goal: 'end x == 1'", "reachable: yes")
        #expect(
            lint(labLesson(quoted), problems: [.goal(column: 5)]) == [
                "03-race.md:12:12: error: file 03-race.md, goal `end x == 1`, reachable true, 1 lines"
            ])
    }

    @Test func problemsWithTheWholeLabLandOnItsFence() {
        #expect(
            lint(labLesson("Text.\n", inlineLab), problems: [.block]) == [
                "03-race.md:9:1: error: file 03-race.md, goal `end counter == 1`, reachable false, 2 lines"
            ])
    }

    @Test func problemsInAProgramFileLandInThatFile() throws {
        let path = NSTemporaryDirectory() + "spindle-lab-lint-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path + "/labs", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try labLesson(fileLab()).write(toFile: path + "/06-locks.md", atomically: true, encoding: .utf8)
        try "import threading\ncounter = 0\nx = 1\n".write(
            toFile: path + "/labs/lost-update.py", atomically: true, encoding: .utf8)
        let library = LessonLibrary.load(
            paths: [path], catalog: nil, labChecker: FakeLabChecker(problems: [.program(line: 3, column: 2)]))
        #expect(
            library.diagnostics.map(\.description) == [
                "\(path)/labs/lost-update.py:3:2: error: file \(path)/labs/lost-update.py, goal `end counter == 1`, reachable true, 3 lines"
            ])
    }

    /// A course in a new folder: `06-locks.md` with a file lab, its program, and the same lesson
    /// in `zh-Hans/`, with a translated copy of the program when `translatedCopy`.
    func translatedLabCourse(translatedCopy: Bool) throws -> String {
        let path = NSTemporaryDirectory() + "spindle-lab-lint-" + UUID().uuidString
        for folder in ["/labs", "/zh-Hans/labs"] {
            try FileManager.default.createDirectory(atPath: path + folder, withIntermediateDirectories: true)
        }
        let program = "import threading\ncounter = 0\nx = 1\n"
        try labLesson(fileLab()).write(toFile: path + "/06-locks.md", atomically: true, encoding: .utf8)
        try program.write(toFile: path + "/labs/lost-update.py", atomically: true, encoding: .utf8)
        let translation = lessonText(id: "race", extra: "locale: zh-Hans", body: "## One\n" + fileLab())
        try translation.write(toFile: path + "/zh-Hans/06-locks.md", atomically: true, encoding: .utf8)
        if translatedCopy {
            try program.write(
                toFile: path + "/zh-Hans/labs/lost-update.py", atomically: true, encoding: .utf8)
        }
        return path
    }

    @Test func aProblemInAProgramATranslationSharesIsReportedOnce() throws {
        let path = try translatedLabCourse(translatedCopy: false)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let library = LessonLibrary.load(
            paths: [path], catalog: nil, labChecker: FakeLabChecker(problems: [.program(line: 3, column: 2)]))
        #expect(library.translations.count == 1)
        #expect(
            library.diagnostics.map(\.description) == [
                "\(path)/labs/lost-update.py:3:2: error: file \(path)/labs/lost-update.py, goal `end counter == 1`, reachable true, 3 lines"
            ])
    }

    @Test func aTranslatedCopyOfAProgramIsCheckedToo() throws {
        let path = try translatedLabCourse(translatedCopy: true)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let library = LessonLibrary.load(
            paths: [path], catalog: nil, labChecker: FakeLabChecker(problems: [.program(line: 3, column: 2)]))
        #expect(
            library.diagnostics.map(\.description) == [
                "\(path)/labs/lost-update.py:3:2: error: file \(path)/labs/lost-update.py, goal `end counter == 1`, reachable true, 3 lines",
                "\(path)/zh-Hans/labs/lost-update.py:3:2: error: file \(path)/zh-Hans/labs/lost-update.py, goal `end counter == 1`, reachable true, 3 lines",
            ])
    }

    @Test func aTranslationLintedAloneStillChecksTheProgramItPlays() throws {
        let path = try translatedLabCourse(translatedCopy: false)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let library = LessonLibrary.load(
            paths: [path + "/zh-Hans/06-locks.md"], catalog: nil,
            labChecker: FakeLabChecker(problems: [.program(line: 3, column: 2)]))
        #expect(
            library.diagnostics.map(\.description) == [
                "\(path)/labs/lost-update.py:3:2: error: file \(path)/labs/lost-update.py, goal `end counter == 1`, reachable true, 3 lines"
            ])
    }

    @Test func withoutACheckerOnlyTheShapeAndTheFileAreChecked() {
        let lessons = [LessonParser.parse(labLesson(inlineLab), file: "03-race.md").lesson].compactMap { $0 }
        #expect(lessons.count == 1)
        #expect(LessonLinter(catalog: nil).lint(lessons).isEmpty)
    }

    @Test func aProgramThatCannotBeReadIsNotHandedToTheChecker() {
        let found = lint(labLesson(fileLab(program: "labs/no-such-lab-\(UUID()).py")), problems: [.block])
        #expect(
            found.map { $0.hasPrefix("03-race.md:10:10: error: lab program `labs/no-such-lab-") } == [true])
    }
}
