import Foundation
import Lessons
import TestSupport
import Testing

/// The built binary run from a folder outside the checkout, as an installed copy is: it teaches
/// the course compiled into it, and `--lessons`, `SPINDLE_LESSONS` and `--only-lessons` change it.
@Suite("Course outside the checkout")
struct InstalledCourseTests {
    /// The working directory of every run; its `Lessons/` folder is a decoy the tutor must ignore.
    let workplace: TemporaryFolder
    let state: TemporaryFolder
    let overlay: TemporaryFolder
    let repositoryIDs = LessonLibrary.load(paths: [Repository.lessons], catalog: nil)
        .lessons.map(\.id)

    init() throws {
        workplace = try TemporaryFolder()
        state = try TemporaryFolder()
        overlay = try TemporaryFolder()
        try workplace.write("Lessons/00-decoy.md", Self.lesson(id: "decoy", title: "Decoy"))
        try overlay.write("00-welcome.md", Self.lesson(id: "welcome", title: "Our own welcome"))
        try overlay.write("90-extra.md", Self.lesson(id: "extra", title: "An extra lesson"))
    }

    static func lesson(id: String, title: String) -> String {
        "---\nid: \(id)\ntitle: \(title)\nsummary: Written for the test.\n---\n## One\ntext\n"
    }

    /// Runs the built spindle with the workplace as its working directory.
    private func spindle(_ arguments: [String], variable: String? = nil) throws -> ChildProcess.Outcome {
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_STATE_HOME"] = state.path
        environment["SPINDLE_LESSONS"] = variable
        environment["NO_COLOR"] = nil
        let command = ([SpindleBinary.url.path] + arguments).map(shellQuoted).joined(separator: " ")
        return try ChildProcess.run(
            ["sh", "-c", "cd \(shellQuoted(workplace.path)) && exec \(command)"], environment: environment)
    }

    @Test("`spindle lessons` lists the whole course from a folder outside the checkout")
    func builtInCourse() throws {
        let checkout = URL(fileURLWithPath: Repository.lessons).deletingLastPathComponent().path
        #expect(!workplace.path.hasPrefix(checkout + "/"))
        let listed = try spindle(["lessons"])
        #expect(listed.status == 0, "\(listed.errors)")
        #expect(!repositoryIDs.isEmpty)
        for id in repositoryIDs {
            #expect(listed.output.contains(" \(id) "), "\(id) is missing from:\n\(listed.output)")
        }
        #expect(!listed.output.contains("decoy"))
    }

    @Test("--lessons and SPINDLE_LESSONS replace a lesson by id and add others; --only-lessons is the folder")
    func overlays() throws {
        let fromOption = try spindle(["lessons", "--lessons", overlay.path])
        let fromVariable = try spindle(["lessons"], variable: overlay.path)
        for run in [fromOption, fromVariable] {
            #expect(run.status == 0, "\(run.errors)")
            #expect(run.output.contains("Our own welcome"))
            #expect(run.output.contains("An extra lesson"))
            #expect(repositoryIDs.allSatisfy { run.output.contains(" \($0) ") })
        }
        let alone = try spindle(["lessons", "--only-lessons", overlay.path])
        #expect(alone.status == 0, "\(alone.errors)")
        #expect(alone.output.contains("Our own welcome"))
        #expect(alone.output.contains("An extra lesson"))
        #expect(repositoryIDs.filter { alone.output.contains(" \($0) ") } == ["welcome"])
    }

    @Test("`spindle lint` with no path checks the course in use, overlay and all")
    func lintTheCourseInUse() throws {
        let clean = try spindle(["lint"])
        #expect(clean.status == 0, "\(clean.output)\(clean.errors)")
        #expect(
            clean.output
                == "\(repositoryIDs.count) lessons and \(repositoryIDs.count) translations checked, no problems\n"
        )
        try overlay.write("01-clash.md", Self.lesson(id: "clash", title: "Clash"))
        let clash = try spindle(["lint", "--lessons", overlay.path])
        #expect(clash.status == 1)
        #expect(clash.output.contains("\(overlay.path)/01-clash.md:"))
        #expect(clash.output.contains("duplicate lesson order 1, also used by <built-in>/"))
    }
}
