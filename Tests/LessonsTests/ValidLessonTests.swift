import Lessons
import Testing

let validLesson = """
    ---
    id: shared-counter
    title: A shared counter
    summary: Two threads add to one counter and lose updates.
    requires: [threads]
    ---
    ## Threads share memory

    Both threads see the **same** `counter`.

    ### Why it matters
    It is fast.

    ```python
    counter += 1
    ```

    ## Predict, then run

    ```demo shared-counter workers=4 lock=off
    Four threads, no lock.
    ```

    ```predict
    id: lost-any
    question: Will any increments be lost?
    result: lost
    choices:
      - {text: "None", when: "= 0"}
      - {text: "Some", when: "> 0"}
    explain: |
      `+=` reads, adds and writes.
    ```

    ```quiz
    id: why
    question: Which step can interleave?
    choices: [read, add, write]
    answer: a
    hints: [Think about the read.]
    explain: Two reads can see the same value.
    ```

    ~~~
    plain text
    ~~~
    """

@Suite struct ValidLessonTests {
    @Test func parsesIntoTheExactModel() {
        let (lesson, diagnostics) = LessonParser.parse(validLesson, file: "Lessons/05-shared-counter.md")
        #expect(diagnostics.isEmpty)
        var expected = Lesson(
            id: "shared-counter", title: "A shared counter",
            summary: "Two threads add to one counter and lose updates.", order: 5,
            requires: ["threads"], locale: "en", file: "Lessons/05-shared-counter.md",
            pages: [
                Page(
                    title: "Threads share memory", line: 7,
                    elements: [
                        .prose(
                            Prose(
                                markdown:
                                    "Both threads see the **same** `counter`.\n\n### Why it matters\nIt is fast.",
                                line: 9)),
                        .code(CodeBlock(language: "python", code: "counter += 1", line: 14)),
                    ]),
                Page(
                    title: "Predict, then run", line: 18,
                    elements: [
                        .demo(
                            DemoBlock(
                                name: "shared-counter",
                                arguments: [
                                    DemoArgument(name: "workers", value: "4", column: 24),
                                    DemoArgument(name: "lock", value: "off", column: 34),
                                ],
                                caption: "Four threads, no lock.", line: 20)),
                        .prediction(
                            Prediction(
                                id: "lost-any", demo: "shared-counter",
                                question: "Will any increments be lost?",
                                result: "lost",
                                choices: [
                                    PredictionChoice(text: "None", condition: .equal(.number(0))),
                                    PredictionChoice(text: "Some", condition: .greater(0)),
                                ],
                                explanation: "`+=` reads, adds and writes.", line: 24)),
                        .quiz(
                            Quiz(
                                id: "why", question: "Which step can interleave?",
                                answer: .choice(options: ["read", "add", "write"], correct: 0),
                                hints: ["Think about the read."],
                                explanation: "Two reads can see the same value.",
                                line: 35)),
                        .code(CodeBlock(language: "text", code: "plain text", line: 44)),
                    ]),
            ])
        expected.locations = LessonLocations(
            id: SourceLocation(line: 2, column: 5),
            order: SourceLocation(line: 1, column: 1),
            requires: [SourceLocation(line: 5, column: 12)],
            demoNames: [20: SourceLocation(line: 20, column: 9)],
            predictionResults: [24: SourceLocation(line: 27, column: 9)])
        expected.locations.choiceConditions = [
            24: [SourceLocation(line: 29, column: 26), SourceLocation(line: 30, column: 26)]
        ]
        #expect(lesson == expected)
    }

    @Test func orderComesFromTheFileName() {
        let lesson = LessonParser.parse(lessonText(body: "## One\ntext"), file: "lessons/07-race.md").lesson
        #expect(lesson?.order == 7)
    }

    @Test func orderKeyAgreeingWithTheFileNameIsAccepted() {
        let result = LessonParser.parse(
            lessonText(extra: "order: 7", body: "## One\ntext"), file: "07-race.md")
        #expect(result.lesson?.order == 7)
        #expect(result.diagnostics.isEmpty)
    }

    @Test func shortAnswerQuizAndConditionForms() throws {
        let body = """
            ## Page
            ```demo fork-order
            ```
            ```predict
            id: p
            question: Who prints first?
            result: first
            choices:
              - {text: a, when: "one of [parent, child]"}
              - {text: b, when: between 1 and 3}
              - {text: c, when: != 0}
              - {text: d, when: "<= 2.5"}
            explain: Scheduling decides.
            ```
            ```quiz
            id: q
            question: Which call creates a process?
            accept: fork
            hints: [It has four letters.]
            explain: fork() copies the process.
            ```
            """
        let (lesson, diagnostics) = LessonParser.parse(lessonText(body: body), file: "03-race.md")
        #expect(diagnostics.isEmpty)
        let questions = try #require(lesson?.questions)
        guard case .prediction(let prediction) = questions[0], case .quiz(let quiz) = questions[1] else {
            Issue.record("expected a prediction then a quiz")
            return
        }
        #expect(prediction.demo == "fork-order")
        #expect(
            prediction.choices.map(\.condition) == [
                .oneOf([.word("parent"), .word("child")]), .between(1, 3), .notEqual(.number(0)),
                .lessOrEqual(2.5),
            ])
        #expect(quiz.answer == .text(accepted: ["fork"]))
    }
}
