import Foundation
import Testing

@testable import Lessons

/// Reading a lab's program: beside a lesson on disk, or from the built-in course.
@Suite struct LabProgramTests {
    /// A fresh folder holding these files (paths may have a folder), removed by the caller.
    func folder(_ files: [String: Data]) throws -> String {
        let path = NSTemporaryDirectory() + "spindle-labs-" + UUID().uuidString
        for (name, data) in files {
            let file = path + "/" + name
            try FileManager.default.createDirectory(
                atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try data.write(to: URL(fileURLWithPath: file))
        }
        return path
    }

    /// The one lab of the lesson `06-locks.md` in `folder`.
    func lab(in folder: String) throws -> (Lesson, LabBlock) {
        let file = folder + "/06-locks.md"
        let lesson = try #require(parsedLesson(String(contentsOfFile: file, encoding: .utf8), file: file))
        return (lesson, try #require(lesson.labs.first))
    }

    @Test func readsTheProgramBesideTheLessonAsPythonWould() throws {
        let path = try folder([
            "06-locks.md": Data(labLesson(fileLab()).utf8),
            "labs/lost-update.py": Data("\u{FEFF}x = 1\r\ny = 2\rz = 3\n".utf8),
        ])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (lesson, lab) = try lab(in: path)
        #expect(
            try lesson.labProgram(for: lab)
                == LabProgramText(text: "x = 1\ny = 2\nz = 3\n", file: path + "/labs/lost-update.py"))
    }

    @Test func aLessonWithoutAFolderReadsFromTheWorkingDirectory() throws {
        let lesson = try #require(parsedLesson(labLesson(fileLab(program: "no-such-lab-\(UUID()).py"))))
        #expect(throws: LabProgramError.self) { try lesson.labProgram(for: lesson.labs[0]) }
    }

    @Test func aMissingProgramIsAnErrorAtItsLine() throws {
        let path = try folder(["06-locks.md": Data(labLesson(fileLab()).utf8)])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let library = LessonLibrary.load(paths: [path], catalog: nil)
        #expect(
            library.diagnostics.map(\.description) == [
                "\(path)/06-locks.md:10:10: error: lab program `\(path)/labs/lost-update.py` does not exist; create it, or fix `program:`, which is relative to the lesson's folder"
            ])
    }

    @Test func aLinkOutOfTheFolderIsRefused() throws {
        let outside = try folder(["secret.py": Data("x = 1\n".utf8)])
        let path = try folder(["06-locks.md": Data(labLesson(fileLab()).utf8)])
        defer {
            try? FileManager.default.removeItem(atPath: path)
            try? FileManager.default.removeItem(atPath: outside)
        }
        try FileManager.default.createDirectory(atPath: path + "/labs", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: path + "/labs/lost-update.py", withDestinationPath: outside + "/secret.py")
        let (lesson, lab) = try lab(in: path)
        #expect(
            throws: LabProgramError(
                "lab program `\(path)/labs/lost-update.py` is a link to a file outside the lesson's folder; copy the file into the folder"
            )
        ) { try lesson.labProgram(for: lab) }
    }

    @Test func aLinkInsideTheFolderIsFollowed() throws {
        let path = try folder([
            "06-locks.md": Data(labLesson(fileLab()).utf8), "shared/counter.py": Data("x = 1\n".utf8),
        ])
        defer { try? FileManager.default.removeItem(atPath: path) }
        try FileManager.default.createDirectory(atPath: path + "/labs", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: path + "/labs/lost-update.py", withDestinationPath: "../shared/counter.py")
        let (lesson, lab) = try lab(in: path)
        #expect(try lesson.labProgram(for: lab).text == "x = 1\n")
    }

    @Test func aProgramThatIsNotUTF8OrNotAFileIsRefused() throws {
        let path = try folder([
            "06-locks.md": Data(labLesson(fileLab(), fileLab(id: "folder", program: "labs/folder.py")).utf8),
            "labs/lost-update.py": Data([0x78, 0x20, 0x3D, 0x20, 0xFF, 0x0A]),
            "labs/folder.py/inside.txt": Data(),
        ])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let library = LessonLibrary.load(paths: [path], catalog: nil)
        #expect(
            library.diagnostics.map(\.description) == [
                "\(path)/06-locks.md:10:10: error: lab program `\(path)/labs/lost-update.py` is not UTF-8 text; save it as UTF-8",
                "\(path)/06-locks.md:21:10: error: lab program `\(path)/labs/folder.py` is not a regular file; name a Python file",
            ])
    }

    @Test func aProgramLargerThanALessonMayBeIsRefused() throws {
        let path = try folder([
            "06-locks.md": Data(labLesson(fileLab()).utf8),
            "labs/lost-update.py": Data(repeating: 0x23, count: LessonLimits.fileBytes + 1),
        ])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (lesson, lab) = try lab(in: path)
        #expect(
            throws: LabProgramError(
                "lab program `\(path)/labs/lost-update.py` is larger than the 1 MB a file may have; a lab needs a few dozen lines"
            )
        ) { try lesson.labProgram(for: lab) }
    }

    @Test func aBuiltInLessonReadsTheEmbeddedFile() throws {
        let files = [
            BuiltInCourse.File(path: "06-locks.md", text: ""),
            BuiltInCourse.File(path: "labs/lost-update.py", text: "counter = 0\n"),
        ]
        #expect(
            try LabProgramFiles.read(
                "./labs//lost-update.py", lessonFile: "<built-in>/06-locks.md", builtInFiles: files)
                == LabProgramText(text: "counter = 0\n", file: "<built-in>/labs/lost-update.py"))
    }

    @Test func aBuiltInLessonNamesTheFileToAddWhenItIsMissing() throws {
        let lesson = try #require(
            parsedLesson(labLesson(fileLab(program: "labs/no-such-lab.py")), file: "<built-in>/06-locks.md"))
        #expect(
            throws: LabProgramError(
                "lab program `labs/no-such-lab.py` is not in the built-in course; add `Lessons/labs/no-such-lab.py` and run `python3 Tools/embed-lessons.py`"
            )
        ) { try lesson.labProgram(for: lesson.labs[0]) }
    }
}
