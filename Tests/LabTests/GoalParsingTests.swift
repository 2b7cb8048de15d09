import Lab
import Testing

@Suite("Lab goals: the grammar and its errors")
struct GoalParsingTests {
    func lostUpdate() throws -> LabProgram { try GoalTestPrograms.program(GoalTestPrograms.lostUpdate) }

    @Test(
        "each form parses, keeps its text and says itself in words",
        arguments: [
            ("deadlock", "reach a deadlock"),
            ("assertion", "make an assertion fail"),
            ("exception RuntimeError", "make a thread raise RuntimeError"),
            ("exception queue.Empty", "make a thread raise queue.Empty"),
            ("end counter == 1", "finish with counter == 1"),
            ("  end   counter == 1 and t1 is not t2  ", "finish with counter == 1 and t1 is not t2"),
            ("critical worker", "get two threads into worker() at once"),
        ])
    func forms(text: String, words: String) throws {
        let goal = try LabGoal.parse(text, for: try lostUpdate())
        #expect(goal.text == text)
        #expect(goal.description == words)
    }

    @Test("critical needs a line of code marked `# critical`, and finds those marks")
    func criticalMarks() throws {
        let goal = try LabGoal.parse(
            "critical", for: try GoalTestPrograms.program(GoalTestPrograms.criticalSection(locked: false)))
        #expect(goal.description == "get two threads into the critical section at once")
        let error = parseError("critical", for: try lostUpdate())
        #expect(error?.column == 1)
        #expect(
            error?.message.hasPrefix("no line of code in the program ends with a `# critical` comment")
                == true)
    }

    @Test("a `#` inside a string or on a line of its own is not a mark")
    func notMarks() throws {
        let program = try GoalTestPrograms.program(
            """
            label = "# critical"
            # critical
            counter = 0

            """)
        #expect(parseError("critical", for: program)?.column == 1)
    }

    @Test(
        "each error has its column and one line that names the fix",
        arguments: [
            (
                "", 1,
                "the goal is empty; write one of deadlock, assertion, exception NAME, end EXPR, critical or critical NAME"
            ),
            (
                "deadlok", 1,
                "`deadlok` is not a goal; write one of deadlock, assertion, exception NAME, end EXPR, critical or critical NAME"
            ),
            ("deadlock now", 10, "`deadlock` takes nothing more; remove `now`"),
            ("assertion x", 11, "`assertion` takes nothing more; remove `x`"),
            (
                "exception", 11,
                "`exception` needs the type of the exception after it, e.g. `exception RuntimeError`"
            ),
            ("exception RuntimeError 2", 24, "`exception RuntimeError` takes nothing more; remove `2`"),
            (
                "end", 5,
                "`end` needs a Python expression over the program's globals after it, e.g. `end counter == 2`"
            ),
            (
                "end countr == 1", 5,
                "`countr` is not a global of the program; its globals are counter, t1, t2"
            ),
            (
                "end worker == 1", 5,
                "`worker` is not a global of the program; its globals are counter, t1, t2"
            ),
            (
                "end t1.name == 'x'", 5,
                "a goal cannot use attributes or methods; compare globals, e.g. `len(items) == 2`"
            ),
            (
                "end print(counter)", 5,
                "a goal can call only len, abs, min, max, sum, str, int, bool, list, tuple, range; compare the globals' values instead"
            ),
            ("end len(counter, key=1) == 1", 18, "a goal's len() takes no keyword arguments; remove `key=`"),
            ("end f'{counter}' == '1'", 5, "a goal cannot use f-strings; compare the values themselves"),
            ("critical wroker", 10, "`wroker` is not a function of the program; its functions are worker"),
            ("critical worker now", 17, "`critical worker` takes nothing more; remove `now`"),
            (
                "deadlock\nassertion", 9,
                "a goal is one line; write one of deadlock, assertion, exception NAME, end EXPR, critical or critical NAME"
            ),
        ])
    func errors(text: String, column: Int, message: String) throws {
        let error = parseError(text, for: try lostUpdate())
        #expect(error == LabGoalError(column: column, message: message))
    }

    @Test("an unknown exception type is refused with the ones a lab raises")
    func unknownException() throws {
        let error = parseError("exception RuntimError", for: try lostUpdate())
        #expect(error?.column == 11)
        #expect(
            error?.message.hasPrefix(
                "`RuntimError` is not an exception a lab program raises; use one of AssertionError") == true)
    }

    @Test("a syntax error in EXPR is reported at its column in the goal")
    func expressionSyntax() throws {
        #expect(parseError("end counter ==", for: try lostUpdate())?.column == 15)
        #expect(parseError("end counter / 2 == 0", for: try lostUpdate())?.column == 13)
        #expect(parseError("end counter == 1 1", for: try lostUpdate())?.column == 18)
        #expect(parseError("end (counter", for: try lostUpdate())?.column == 5)
        #expect(
            parseError("end counter = 1", for: try lostUpdate())?.description.hasPrefix("goal:13: ") == true)
    }

    @Test("the program knows its source lines and the globals it assigns")
    func programFacts() throws {
        #expect(try lostUpdate().globalNames == ["counter", "t1", "t2"])
        #expect(try lostUpdate().sourceLines.count == 16)
        #expect(try lostUpdate().sourceLines[7] == "    counter += 1")
        let compiledFromTree = try labProgram(GoalTestPrograms.lostUpdate)
        #expect(compiledFromTree.sourceLines.isEmpty)
        #expect(compiledFromTree.globalNames == ["counter", "t1", "t2"])
    }

    private func parseError(_ text: String, for program: LabProgram) -> LabGoalError? {
        do {
            _ = try LabGoal.parse(text, for: program)
            return nil
        } catch {
            return error
        }
    }
}
