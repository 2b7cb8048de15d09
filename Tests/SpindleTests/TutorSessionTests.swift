import Foundation
import Stage
import TestSupport
import Testing
import TextRendering

@testable import spindle

@Suite("Tutor session")
struct TutorSessionTests {
    let lessons: TemporaryFolder
    let state: TemporaryFolder

    init() throws {
        lessons = try TemporaryFolder()
        state = try TemporaryFolder()
        try lessons.write("01-basics.md", Fixtures.basics)
        try lessons.write("02-follow-up.md", Fixtures.followUp)
    }

    func makeSession() -> TutorSession {
        TutorSession(
            folder: lessons.path, catalog: nil,
            store: ProgressStore(url: state.url.appendingPathComponent("progress.json")),
            options: { RenderOptions(width: 80, color: false) })
    }

    @Test("the lesson list shows number, id, title and progress marks")
    func lessonList() {
        let session = makeSession()
        let before = session.handle("lessons").text
        #expect(before.contains("01  basics     Basics"))
        #expect(before.contains("02  follow-up  Follow up"))
        _ = session.handle("open 1")
        let after = session.handle("lessons").text
        #expect(after.contains("> 01  basics     Basics  … 1/3 pages"))
    }

    @Test("open, next and back move through pages and the prompt follows")
    func navigation() {
        let session = makeSession()
        #expect(session.prompt == "spindle> ")
        let first = session.handle("open basics").text
        #expect(first.contains("Page 1 of 3: First page"))
        #expect(session.prompt == "spindle 01·1> ")
        #expect(session.handle("next").text.contains("Page 2 of 3: Second page"))
        #expect(session.prompt == "spindle 01·2> ")
        #expect(session.handle("back").text.contains("Page 1 of 3"))
        #expect(session.handle("back").text.contains("this is the first page"))
        _ = session.handle("next")
        _ = session.handle("next")
        let end = session.handle("next").text
        #expect(end.contains("last page of lesson 01"))
        #expect(end.contains("`open 2` (Follow up)"))
    }

    @Test("a wrong answer invites a hint, hints come one at a time, a right one explains")
    func quizFlow() {
        let session = makeSession()
        _ = session.handle("open 1")
        #expect(session.handle("answer a").text.contains("Not quite. Try again, or type `hint`."))
        #expect(session.handle("hint").text.contains("Hint 1 of 2: Think about who holds it."))
        #expect(session.handle("hint").text.contains("Hint 2 of 2"))
        #expect(session.handle("hint").text.contains("no more hints"))
        let right = session.handle("b").text
        #expect(right.contains("✓ Right."))
        #expect(right.contains("A held lock makes the caller wait"))
        #expect(session.handle("answer b").text.contains("the question on this page is answered already"))
        let progress = session.record[lesson: "basics"].questions["pick"]
        #expect(progress == QuestionProgress(answer: "b", attempts: 2, correct: true, hintsUsed: 2))
    }

    @Test("a choice that does not exist is refused without counting as an attempt")
    func invalidChoice() {
        let session = makeSession()
        _ = session.handle("open 1")
        #expect(session.handle("answer z").text.contains("`z` is not one of the choices"))
        #expect(session.record[lesson: "basics"].questions["pick"] == nil)
    }

    @Test("finishing every page and question completes the lesson, and progress survives a restart")
    func completionAndRestart() {
        let session = makeSession()
        _ = session.handle("open 1")
        _ = session.handle("answer b")
        _ = session.handle("next")
        _ = session.handle("answer blocks")
        let last = session.handle("next").text
        #expect(last.contains("Lesson 01 complete"))
        let restarted = makeSession()
        #expect(restarted.record[lesson: "basics"].completed)
        #expect(restarted.handle("lessons").text.contains("✓ done"))
        #expect(restarted.handle("open 1").text.contains("Page 3 of 3"), "open resumes at the last page seen")
        #expect(
            restarted.handle("progress").text.contains(
                "01  Basics: 3/3 pages, 2/2 questions right, 0 hints, done"))
    }

    @Test("reset forgets one lesson or all of them")
    func reset() {
        let session = makeSession()
        _ = session.handle("open 1")
        _ = session.handle("open 2")
        #expect(session.handle("reset 1").text.contains("forgot your progress on lesson 01 (basics)"))
        #expect(!session.record[lesson: "basics"].isStarted)
        #expect(session.record[lesson: "follow-up"].isStarted)
        #expect(session.handle("reset all --yes").text.contains("forgot your progress on 1 lesson"))
        #expect(session.record.lessons.isEmpty)
        #expect(makeSession().record.lessons.isEmpty)
    }

    @Test("opening a lesson whose prerequisite is unfinished says so but opens it")
    func prerequisites() {
        let text = makeSession().handle("open follow-up").text
        #expect(text.contains("builds on `basics`, not finished yet"))
        #expect(text.contains("Page 1 of 1: Only page"))
    }

    @Test("reload picks up an edited lesson and keeps the student on their page")
    func reload() throws {
        let session = makeSession()
        _ = session.handle("open 1")
        _ = session.handle("next")
        try lessons.write(
            "01-basics.md", Fixtures.basics.replacingOccurrences(of: "Second page", with: "Edited page"))
        #expect(session.handle("reload").text.contains("reloaded 2 lessons"))
        #expect(session.handle("page").text.contains("Page 2 of 3: Edited page"))
    }

    @Test("a broken lesson file is reported and the other lessons keep working")
    func brokenLesson() throws {
        try lessons.write("03-broken.md", "---\nid: [unclosed\n---\n")
        let session = makeSession()
        #expect(session.startupNotices.contains { $0.contains("1 lesson file has errors; type `lint`") })
        #expect(session.handle("open 1").text.contains("Page 1 of 3"))
        let lint = session.handle("lint").text
        #expect(lint.contains("03-broken.md:2:"))
        #expect(lint.contains("2 errors, 1 warning"))
    }

    @Test("unknown commands name the closest one")
    func unknownCommand() {
        let session = makeSession()
        #expect(
            session.handle("lesons").text
                == "unknown command `lesons`; did you mean `lessons`? (`help` lists commands)\n")
        #expect(session.handle("xyzzy").text == "unknown command `xyzzy`; type `help` to list commands\n")
        #expect(session.handle("open nope").text.contains("no lesson `nope`"))
        #expect(session.handle("quit").quits)
    }

    @Test("Tab completes commands, then lesson ids after open and reset")
    func completions() {
        let session = makeSession()
        #expect(session.completions(for: "") == CommandTable.names.sorted())
        #expect(session.completions(for: "re") == ["reload", "replay", "reset"])
        #expect(session.completions(for: "open ") == ["basics", "follow-up"])
        #expect(session.completions(for: "open f") == ["follow-up"])
        #expect(session.completions(for: "reset a") == ["all"])
        #expect(session.completions(for: "help he") == ["help"])
        #expect(session.completions(for: "next x").isEmpty)
    }

    @Test("help lists every command and explains one")
    func help() {
        let session = makeSession()
        let list = session.handle("help").text
        for spec in CommandTable.commands { #expect(list.contains(spec.label)) }
        #expect(session.handle("help open").text.hasPrefix("open [ID|NUMBER]\n"))
        #expect(session.handle("help opne").text.contains("did you mean `open`?"))
    }
}
