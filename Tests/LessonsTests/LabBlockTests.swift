import Lessons
import Testing

/// The shape of ```` ```lab ```` blocks: each field read, each mistake reported at its line.
@Suite struct LabBlockTests {
    @Test func readsEveryField() throws {
        let lesson = try #require(parsedLesson(labLesson(fileLab())))
        #expect(
            lesson.labs == [
                LabBlock(
                    id: "lost-update", title: "Make the counter end at 1",
                    program: .file(path: "labs/lost-update.py"), goal: "end counter == 1", goalLine: 11,
                    reachable: true,
                    hints: ["Both threads read before either writes.", "Then both write."],
                    explanation: "One of the two writes is lost.", line: 7)
            ])
        #expect(
            lesson.locations.labs[7]
                == LabLocations(
                    fence: SourceLocation(line: 7, column: 1), program: SourceLocation(line: 10, column: 10),
                    goal: SourceLocation(line: 11, column: 7)))
    }

    @Test func hintsAndExplanationAreOptionalAndReachableMayBeNo() throws {
        let block = labBlock(
            "id: locked", "title: Lose an update with the lock", "program: labs/locked.py",
            "goal: end counter == 1", "reachable: no")
        let lab = try #require(parsedLesson(labLesson(block))?.labs.first)
        #expect(lab.reachable == false)
        #expect(lab.hints.isEmpty)
        #expect(lab.explanation.isEmpty)
    }

    @Test func inlineCodeKeepsItsLinesAndKnowsWhereItStarts() throws {
        let block = labBlock(
            "id: inline", "title: T", "code: |", "  import threading", "  counter = 0", "",
            "  def work():", "      pass", "goal: end counter == 1", "reachable: no")
        let lesson = try #require(parsedLesson(labLesson(block)))
        let lab = try #require(lesson.labs.first)
        let code = "import threading\ncounter = 0\n\ndef work():\n    pass\n"
        #expect(lab.program == .inline(code: code, firstLine: 11))
        #expect(lab.goalLine == 16)
        let program = try lesson.labProgram(for: lab)
        #expect(
            program
                == LabProgramText(text: code, file: "03-race.md", origin: SourceLocation(line: 11, column: 3))
        )
        // `pass`, line 5 column 5 of the program, is at line 15 column 7 of the lesson.
        #expect(program.location(line: 5, column: 5) == SourceLocation(line: 15, column: 7))
    }

    @Test func inlineCodeInAnIndentedFenceStartingWithABlankLine() throws {
        let block =
            "  ```lab\n  id: a\n  title: T\n  code: |\n\n    x = 1\n  goal: end x == 1\n  reachable: yes\n  ```"
        let lesson = try #require(parsedLesson(labLesson(block)))
        let lab = try #require(lesson.labs.first)
        #expect(lab.program == .inline(code: "\nx = 1\n", firstLine: 11))
        #expect(
            try lesson.labProgram(for: lab).location(line: 2, column: 3)
                == SourceLocation(line: 12, column: 7))
        #expect(lesson.locations.labs[7]?.fence == SourceLocation(line: 7, column: 3))
    }

    @Test func aQuotedGoalStartsAfterItsQuote() throws {
        let block = labBlock(
            "id: a", "title: T", "program: labs/a.py", "goal: \"end counter == 1\"", "reachable: yes")
        let lesson = try #require(parsedLesson(labLesson(block)))
        #expect(lesson.labs.first?.goal == "end counter == 1")
        #expect(lesson.locations.labs[7]?.goal == SourceLocation(line: 11, column: 8))
    }

    @Test(arguments: [
        ("id", "03-race.md:7:1: error: lab has no `id`; add `id: ...`"),
        ("title", "03-race.md:7:1: error: lab has no `title`; add `title: ...`"),
        ("goal", "03-race.md:7:1: error: lab has no `goal`; add `goal: ...`"),
        ("reachable", "03-race.md:7:1: error: lab has no `reachable`; add `reachable: ...`"),
        (
            "program",
            "03-race.md:7:1: error: lab has no program; add `program: labs/NAME.py` for a file beside the lesson, or `code: |` with the Python on the lines below"
        ),
    ])
    func missingRequiredKeyIsReportedAtTheFence(key: String, message: String) {
        let lines = ["id: a", "title: T", "program: labs/a.py", "goal: deadlock", "reachable: yes"]
        let block = lines.filter { !$0.hasPrefix(key + ":") }.joined(separator: "\n")
        #expect(diagnostics(labLesson("```lab\n" + block + "\n```")) == [message])
    }

    @Test func programAndCodeTogether() {
        let block = labBlock(
            "id: a", "title: T", "program: labs/a.py", "code: |", "  x = 1", "goal: deadlock",
            "reachable: yes")
        #expect(
            diagnostics(labLesson(block)) == [
                "03-race.md:11:7: error: lab has both `program` and `code`; keep `program` for a file beside the lesson, or `code` for the program written here"
            ])
    }

    @Test(arguments: [
        (
            "maybe",
            "03-race.md:12:12: error: `reachable: maybe` must be `yes` (some schedule meets the goal) or `no` (none can)"
        ),
        (
            "true",
            "03-race.md:12:12: error: `reachable: true` must be `yes` (some schedule meets the goal) or `no` (none can)"
        ),
    ])
    func reachableIsYesOrNo(value: String, message: String) {
        let block = labBlock(
            "id: a", "title: T", "program: labs/a.py", "goal: deadlock", "reachable: \(value)")
        #expect(diagnostics(labLesson(block)) == [message])
    }

    @Test func duplicateLabIDInALesson() {
        #expect(
            diagnostics(labLesson(fileLab(), fileLab())) == [
                "03-race.md:19:5: error: lab id `lost-update` is already used on line 8; give each prediction, quiz and lab its own id"
            ])
    }

    @Test func aLabAndAQuizMayNotShareAnID() {
        let quiz = "```quiz\nid: lost-update\nquestion: Why?\naccept: [read]\nhints: [h]\nexplain: e\n```"
        #expect(
            diagnostics(labLesson(fileLab(), quiz)) == [
                "03-race.md:19:5: error: question id `lost-update` is already used on line 8; give each prediction, quiz and lab its own id"
            ])
    }

    @Test func labIDKeepsToTheCharactersOfALessonID() {
        #expect(
            diagnostics(labLesson(fileLab(id: "Lost_Update"))) == [
                "03-race.md:8:5: error: lab id `Lost_Update` may contain only lowercase letters, digits and hyphens; try `lost-update`"
            ])
    }

    @Test(arguments: [
        ("hint: [h]", "03-race.md:13:1: error: unknown key `hint` in lab; did you mean `hints`?"),
        ("goals: deadlock", "03-race.md:13:1: error: unknown key `goals` in lab; did you mean `goal`?"),
        (
            "scenario: x",
            "03-race.md:13:1: error: unknown key `scenario` in lab; use `id`, `title`, `program`, `code`, `goal`, `reachable`, `hints`, `explain`"
        ),
    ])
    func unknownKeyWithSuggestion(line: String, message: String) {
        let block = labBlock(
            "id: a", "title: T", "program: labs/a.py", "goal: deadlock", "reachable: yes", line)
        #expect(diagnostics(labLesson(block)) == [message])
    }

    @Test(arguments: [
        (
            "/etc/passwd.py",
            "03-race.md:10:10: error: `program: /etc/passwd.py` is an absolute path; write it relative to the lesson's folder, e.g. `labs/lost-update.py`"
        ),
        (
            "../secret.py",
            "03-race.md:10:10: error: `program: ../secret.py` leaves the lesson's folder; keep lab programs in a `labs/` folder beside the lesson"
        ),
        (
            "labs/../../x.py",
            "03-race.md:10:10: error: `program: labs/../../x.py` leaves the lesson's folder; keep lab programs in a `labs/` folder beside the lesson"
        ),
        (
            "labs/lost-update.txt",
            "03-race.md:10:10: error: `program: labs/lost-update.txt` is not a Python file; name a `.py` file, e.g. `labs/lost-update.py`"
        ),
    ])
    func programPathMustStayInTheFolderAndBePython(path: String, message: String) {
        #expect(diagnostics(labLesson(fileLab(program: path))) == [message])
    }

    @Test func codeMustBeALiteralBlock() {
        let folded = labBlock("id: a", "title: T", "code: >", "  x = 1", "goal: deadlock", "reachable: yes")
        let plain = labBlock("id: a", "title: T", "code: x = 1", "goal: deadlock", "reachable: yes")
        let message =
            "03-race.md:10:7: error: `code` in lab must be a literal block: write `code: |` and the program on the lines below it, indented"
        #expect(diagnostics(labLesson(folded)) == [message])
        #expect(diagnostics(labLesson(plain)) == [message])
    }

    @Test func codeMustBeTextAndNotEmpty() {
        let list = labBlock("id: a", "title: T", "code:", "  - x = 1", "goal: deadlock", "reachable: yes")
        let empty = labBlock("id: a", "title: T", "code: |", "", "goal: deadlock", "reachable: yes")
        #expect(
            diagnostics(labLesson(list)) == [
                "03-race.md:11:3: error: `code` in lab must be text, not a list; write `code: |` and the program below it"
            ])
        #expect(
            diagnostics(labLesson(empty)) == [
                "03-race.md:10:7: error: `code` in lab is empty; write the program below `code: |`"
            ])
    }

    @Test func titleAndGoalFitOnOneLine() {
        let block = labBlock(
            "id: a", "title: |", "  Two", "  lines", "program: labs/a.py", "goal: deadlock", "reachable: yes")
        #expect(
            diagnostics(labLesson(block)) == [
                "03-race.md:9:8: error: `title` in lab must fit on one line"
            ])
    }

    @Test func anEmptyExplanationIsReported() {
        let block = labBlock(
            "id: a", "title: T", "program: labs/a.py", "goal: deadlock", "reachable: yes", "explain:")
        #expect(
            diagnostics(labLesson(block)) == [
                "03-race.md:13:9: error: `explain` in lab is empty; give it a value"
            ])
    }

    @Test func anEmptyBlockNamesTheRequiredKeys() {
        #expect(
            diagnostics(labLesson("```lab\n```")) == [
                "03-race.md:7:1: error: lab block is empty; write its `id`, `title`, `program`, `goal`, `reachable` as YAML `key: value` lines"
            ])
    }

    @Test func aBrokenLabLeavesNoLabOnThePage() {
        let result = LessonParser.parse(labLesson(fileLab(program: "/x.py")), file: "03-race.md")
        #expect(result.lesson?.labs == [])
        #expect(result.lesson?.pages.first?.elements == [])
    }
}
