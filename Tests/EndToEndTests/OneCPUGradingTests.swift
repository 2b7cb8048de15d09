import Foundation
import Lessons
import TestSupport
import Testing

@testable import spindle

/// The course's predictions on timings and cores, graded by the real binary with one CPU
/// (`taskset -c 0`), as in a one-CPU container: the answer the lesson teaches is never graded
/// wrong. Where one CPU cannot show the effect, the demo says so and the tutor does not grade.
@Suite("One CPU grading", .serialized)
struct OneCPUGradingTests {
    /// A lesson's timing predictions, the answers the lesson teaches, and whether one CPU can
    /// show them at all.
    struct Case: CustomTestStringConvertible, Sendable {
        let lesson: String
        let answers: [(prediction: String, letter: String)]
        let run: String
        let measurableOnOneCPU: Bool
        /// Whether one CPU sometimes shows the effect after all, and then grades it.
        var sometimesMeasurable = false
        /// What the demo says when one CPU cannot show the effect.
        var notMeasuredBecause = "1 CPU available (sched_getaffinity)"
        var testDescription: String { "\(lesson): \(answers.map(\.prediction).joined(separator: ", "))" }
    }

    static let cases = [
        Case(
            lesson: "the-gil", answers: [("cpu-speedup", "b"), ("io-speedup", "a")],
            run: "gil cpu_task_s=0.3 io_task_s=0.3 speed=0", measurableOnOneCPU: true),
        Case(
            lesson: "the-gil", answers: [("nogil-speedup", "a")],
            run: "gil cpu_task_s=0.3 io_task_s=0.3 speed=0", measurableOnOneCPU: false),
        Case(
            lesson: "threads-vs-processes", answers: [("cores-used", "b")],
            run: "threads-vs-processes units=8 speed=0", measurableOnOneCPU: false),
        Case(
            lesson: "process-locks", answers: [("value-lock-myth", "b")],
            // One CPU lets the two workers take turns only a few times (a preemption each), and
            // a few turns may lose nothing: the demo says so rather than grade a zero. When a
            // preemption does fall between a read and its write, the loss is graded.
            run: "shared-counter workers=2 increments=10000 lock=off speed=0", measurableOnOneCPU: false,
            sometimesMeasurable: true, notMeasuredBecause: "took turns only"),
        Case(
            lesson: "locks-and-conditions", answers: [("threads-lose", "b")],
            run: "lock-race threads=3 increments=2000 lock=off speed=0", measurableOnOneCPU: true),
    ]

    static let taskset = ["/usr/bin/taskset", "/bin/taskset"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// The page (from 0) on which the prediction `id` of lesson `lesson` sits.
    static func page(of id: String, in lesson: String) throws -> Int {
        let library = LessonLibrary.load(paths: [Repository.lessons], catalog: CatalogDemoSignatures.current)
        let found = try #require(library.lessons.first { $0.id == lesson }, "no lesson \(lesson)")
        return try #require(
            found.pages.firstIndex { page in
                page.questions.contains { question in
                    if case .prediction(let prediction) = question { return prediction.id == id }
                    return false
                }
            }, "no prediction \(id) in \(lesson)")
    }

    @Test(
        "with one CPU, the answer the lesson teaches is graded right or not graded, never wrong",
        .enabled(if: taskset != nil, "taskset (util-linux) is not installed, so one CPU cannot be imposed"),
        arguments: cases)
    func oneCPU(_ check: Case) throws {
        let state = try TemporaryFolder()
        let page = try Self.page(of: check.answers[0].prediction, in: check.lesson)
        let input =
            ["open \(check.lesson)"] + Array(repeating: "next", count: page)
            + check.answers.map { "answer \($0.letter)" } + ["run \(check.run)", "quit"]
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_STATE_HOME"] = state.path
        let outcome = try ChildProcess.run(
            [try #require(Self.taskset), "-c", "0", SpindleBinary.url.path, "--lessons", Repository.lessons],
            environment: environment, input: input.map { $0 + "\n" }.joined())
        #expect(outcome.status == 0, "\(outcome.errors)")
        let output = outcome.output
        #expect(output.contains("result cpus_available=1") || !output.contains("result cpus_available="))
        #expect(!output.contains("✗"), "graded wrong on one CPU:\n\(output)")
        let graded = output.components(separatedBy: "✓ your prediction was right").count - 1
        let notGraded = output.components(separatedBy: "Your prediction is not graded").count - 1
        if check.measurableOnOneCPU || (check.sometimesMeasurable && graded == check.answers.count) {
            #expect(graded == check.answers.count, "\(output)")
        } else {
            #expect(notGraded == check.answers.count, "\(output)")
            #expect(output.contains(check.notMeasuredBecause), "\(output)")
        }
    }
}
