import Lessons
import TestSupport
import Testing

@testable import spindle

/// Which course the command line and `SPINDLE_LESSONS` choose.
@Suite("Course choice")
struct CourseChoiceTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    @Test("with no option and no variable the built-in course is taught alone")
    func builtInAlone() throws {
        #expect(try CourseChoice.resolve(overlay: nil, only: nil, environment: [:]) == .builtIn(overlay: nil))
        let empty = try CourseChoice.resolve(overlay: nil, only: nil, environment: ["SPINDLE_LESSONS": ""])
        #expect(empty == .builtIn(overlay: nil))
    }

    @Test("--lessons and SPINDLE_LESSONS lay a folder over the built-in course; --lessons wins")
    func overlay() throws {
        let fromOption = try CourseChoice.resolve(
            overlay: folder.path, only: nil, environment: ["SPINDLE_LESSONS": "/elsewhere"])
        #expect(fromOption == .builtIn(overlay: folder.path))
        let fromVariable = try CourseChoice.resolve(
            overlay: nil, only: nil, environment: ["SPINDLE_LESSONS": folder.path])
        #expect(fromVariable == .builtIn(overlay: folder.path))
    }

    @Test("--only-lessons is the folder alone, whatever SPINDLE_LESSONS says")
    func onlyLessons() throws {
        let chosen = try CourseChoice.resolve(
            overlay: nil, only: folder.path, environment: ["SPINDLE_LESSONS": "/elsewhere"])
        #expect(chosen == .folder(folder.path))
    }

    @Test("a missing folder, a file, or both options are one line that names the place and the fix")
    func mistakes() throws {
        let file = try folder.write("notes.md", "text").path
        let fix = "is not a directory; pass an existing folder"
        let cases: [(overlay: String?, only: String?, environment: [String: String], message: String)] = [
            ("/no/such", nil, [:], "lesson folder `/no/such` (from --lessons) \(fix)"),
            (nil, file, [:], "lesson folder `\(file)` (from --only-lessons) \(fix)"),
            (
                nil, nil, ["SPINDLE_LESSONS": "/no/such"],
                "lesson folder `/no/such` (from SPINDLE_LESSONS) \(fix)"
            ),
            (
                folder.path, folder.path, [:],
                "--lessons and --only-lessons both given; pass --lessons DIR to add to the built-in course "
                    + "or --only-lessons DIR to replace it"
            ),
        ]
        for mistake in cases {
            let error = #expect(throws: CourseChoiceError.self) {
                try CourseChoice.resolve(
                    overlay: mistake.overlay, only: mistake.only, environment: mistake.environment)
            }
            #expect(error?.message == mistake.message)
        }
    }
}
