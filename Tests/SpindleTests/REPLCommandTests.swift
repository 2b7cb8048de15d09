import Foundation
import Stage
import TestSupport
import Testing
import TextRendering

@testable import spindle

/// REPL commands beyond the basics: `page N`, `run N`, `run NAME=VALUE`, a bare `open`, the
/// greeting after a finished lesson, which question an answer went to, and text that fits the
/// terminal's width.
@Suite("REPL commands")
struct REPLCommandTests {
    let lessons: TemporaryFolder
    let state: TemporaryFolder

    init() throws {
        lessons = try TemporaryFolder()
        state = try TemporaryFolder()
        try lessons.write("01-basics.md", Fixtures.basics)
        try lessons.write("02-follow-up.md", Fixtures.followUp)
        try lessons.write("03-two-of-each.md", Self.twoOfEach)
    }

    /// A page with two demos and a page with two questions.
    static let twoOfEach = """
        ---
        id: two-of-each
        title: Two of each
        summary: Pages with two demos and two questions.
        order: 3
        ---

        ## Two demos

        ```demo fork-basics exit_code=3
        The first demo.
        ```

        ```demo lock-race threads=2 lock=on
        The second demo.
        ```

        ## Two questions

        ```quiz
        id: first-question
        question: Which call makes a process?
        choices: [fork, join]
        answer: a
        explain: fork makes one.
        ```

        ```quiz
        id: second-question
        question: Which call waits for a thread?
        choices: [fork, join]
        answer: b
        explain: join waits.
        ```

        """

    func makeSession(width: Int = 80) -> TutorSession {
        TutorSession(
            folder: lessons.path, catalog: CatalogDemoSignatures.current,
            store: ProgressStore(url: state.url.appendingPathComponent("progress.json")),
            options: { RenderOptions(width: width, color: false) })
    }

    /// Finishes lesson 01: every page seen, every question right.
    func finishBasics(_ session: TutorSession) {
        _ = session.handle("open 1")
        _ = session.handle("answer b")
        _ = session.handle("next")
        _ = session.handle("answer wait")
        _ = session.handle("next")
    }

    @Test("`page N` jumps to page N; a number out of range says which pages there are")
    func pageNumber() {
        let session = makeSession()
        _ = session.handle("open 1")
        #expect(session.handle("page 3").text.contains("Page 3 of 3: Third page"))
        #expect(session.prompt == "spindle 01·3> ")
        #expect(
            session.handle("page 9").text.contains("lesson 01 has 3 pages; `page 1` to `page 3` shows one"))
        #expect(session.prompt == "spindle 01·3> ")
        #expect(session.handle("page").text.contains("Page 3 of 3"))
    }

    @Test(
        "after a finished lesson the greeting says welcome back and names the next lesson; `open` alone opens it"
    )
    func welcomeBackAfterFinishedLesson() {
        let first = makeSession()
        finishBasics(first)
        #expect(first.record[lesson: "basics"].completed)
        let restarted = makeSession()
        let greeting = restarted.welcomeLine()
        #expect(greeting.hasPrefix("Welcome back."))
        #expect(greeting.contains("`open 2` starts Follow up"))
        #expect(restarted.handle("open").text.contains("Lesson 02 · Follow up"))
    }

    @Test("`open` alone continues the unfinished lesson at the page where the student stopped")
    func bareOpenContinues() {
        let first = makeSession()
        _ = first.handle("open 1")
        _ = first.handle("next")
        let restarted = makeSession()
        #expect(restarted.welcomeLine().contains("Welcome back. `open 1` continues Basics"))
        #expect(restarted.handle("open").text.contains("Page 2 of 3"))
    }

    @Test("the first greeting names the course's first lesson, never `open 0` when there is no lesson 0")
    func firstGreeting() {
        let session = makeSession()
        let greeting = session.welcomeLine()
        #expect(greeting.contains("`open 1` to begin"))
        #expect(!greeting.contains("open 0"))
        #expect(!session.handle("next").text.contains("open 0"))
        #expect(session.handle("open").text.contains("Lesson 01 · Basics"))
    }

    @Test("`run 2` runs the page's second demo; `run NAME=VALUE` changes one parameter of the page's demo")
    func runPageDemos() throws {
        let session = makeSession()
        _ = session.handle("open 3")
        let second = try #require(session.handle("run 2").demo, "no demo")
        #expect(second.title == "lock-race threads=2 lock=on")
        let first = try #require(session.handle("run").demo)
        #expect(first.title == "fork-basics exit_code=3")
        let faster = try #require(session.handle("run speed=0").demo)
        #expect(faster.title == "fork-basics exit_code=3 speed=0")
        let changed = try #require(session.handle("run 2 lock=off speed=0").demo)
        #expect(changed.title == "lock-race threads=2 lock=off speed=0")
        #expect(session.handle("run 3").text.contains("this page has 2 demos; `run 1` to `run 2` runs one"))
        #expect(session.handle("run 2 lok=on").text.contains("did you mean `lock`?"))
    }

    @Test(
        "with two questions on a page, an answer says which it went to; a letter after both are answered says so"
    )
    func twoQuestions() {
        let session = makeSession()
        _ = session.handle("open 3")
        _ = session.handle("next")
        let first = session.handle("a").text
        #expect(first.hasPrefix("Question 1 of 2 (Which call makes a process?):\n✓ Right."))
        let second = session.handle("answer b").text
        #expect(second.hasPrefix("Question 2 of 2 (Which call waits for a thread?):\n✓ Right."))
        let after = session.handle("b").text
        #expect(after.contains("all 2 questions on this page are answered already"))
        #expect(!after.contains("unknown command"))
    }

    @Test("a mistyped lesson or command gets a suggestion for a slip or for one word of the id")
    func suggestions() {
        let session = makeSession()
        #expect(session.handle("open basic").text.contains("did you mean `basics`?"))
        #expect(session.handle("open follow").text.contains("did you mean `follow-up`?"))
        #expect(session.handle("lesons").text.contains("did you mean `lessons`?"))
        #expect(session.handle("oepn 1").text.contains("did you mean `open`?"))
        #expect(session.handle("run lock-race threds=2").text.contains("did you mean `threads`?"))
    }

    @Test("a typed escape sequence is echoed as visible text, never sent to the terminal")
    func sanitizedEcho() {
        let session = makeSession()
        for line in [
            "\u{1B}[2Jx", "run fork-basics exit_code=\u{1B}]52;c;SGk=\u{07}", "open \u{1B}[31m",
            "run \u{1B}[2J",
        ] {
            let text = session.handle(line).text
            #expect(
                !text.contains("\u{1B}") && !text.contains("\u{07}"),
                "\(line.debugDescription): \(text.debugDescription)")
        }
    }

    @Test("a trace file name is echoed sanitised, whether the file is empty or missing")
    func sanitizedFileName() throws {
        let session = makeSession()
        let empty = try state.write("\u{1B}[2Jempty.jsonl", "")
        let missing = state.path + "/\u{1B}]0;title\u{07}.jsonl"
        for line in ["replay \(empty.path)", "replay \(missing)"] {
            let text = session.handle(line).text
            #expect(!text.contains("\u{1B}") && !text.contains("\u{07}"), "\(text.debugDescription)")
            #expect(text.contains("␛"))
        }
    }

    @Test(
        "every message, list and help text fits 60 columns and breaks only between words",
        arguments: [
            "help", "help run", "lessons", "demos", "run lock-race help", "open 1", "hint", "nosuchcommand",
            "run shared-counter workers=0", "open nosuchlesson", "page 99",
        ])
    func wrapsAtWidth(line: String) {
        let narrow = makeSession(width: 60)
        let wide = makeSession(width: 100)
        _ = narrow.handle("open 1")
        _ = wide.handle("open 1")
        let text = narrow.handle(line).text
        for row in text.split(separator: "\n") {
            #expect(DisplayWidth.of(row) <= 60, "\(line): `\(row)` is \(DisplayWidth.of(row)) columns")
        }
        let words = { (text: String) in
            text.split(whereSeparator: \.isWhitespace).filter { !$0.allSatisfy { $0 == "─" } }
        }
        #expect(words(text) == words(wide.handle(line).text), "\(line): a word was broken")
    }
}
