import Foundation
import Stage
import TestSupport
import Testing
import TextRendering

@testable import spindle

/// The REPL's demo commands on the shipped course: `run` after a prediction, the grading, and
/// `step`, `save` and `replay` on the last run.
@Suite("Tutor demos", .forksProcesses)
struct TutorDemoTests {
    let state: TemporaryFolder

    init() throws {
        state = try TemporaryFolder()
    }

    func makeSession() -> TutorSession {
        TutorSession(
            folder: Repository.lessons, catalog: CatalogDemoSignatures.current,
            store: ProgressStore(url: state.url.appendingPathComponent("progress.json")),
            options: { RenderOptions(width: 80, color: false) })
    }

    /// Runs what `run` asked for, at full speed, and hands it back to the session.
    func runAtFullSpeed(_ reply: TutorSession.Reply, in session: TutorSession) throws -> String {
        let launch = try #require(reply.demo, "`run` did not start a demo: \(reply.text)")
        let fast = try DemoLaunch.make(
            name: launch.descriptor.name, words: launch.words + ["speed=0"], listing: "")
        return session.finish(try DemoShowing.run(fast, style: .silent, console: Console()))
    }

    @Test("`run` asks for the prediction first, then runs the page's demo and grades the prediction")
    func predictionGraded() throws {
        let session = makeSession()
        _ = session.handle("open process-locks")
        // The prediction sits on page 6, with its demo.
        for _ in 1...5 { _ = session.handle("next") }
        let early = session.handle("run")
        #expect(early.demo == nil)
        #expect(early.text.contains("Predict first"))
        #expect(session.handle("answer b").text.contains("Now `run` the demo `shared-counter`"))
        let reply = session.handle("run")
        #expect(reply.demo?.title == "shared-counter workers=2 increments=10000 lock=off")
        let graded = try runAtFullSpeed(reply, in: session)
        #expect(graded.contains("result expected=20000"))
        let lost = try #require(
            graded.split(separator: "\n").first { $0.hasPrefix("result lost_full_speed=") })
        if lost.hasPrefix("result lost_full_speed=not measured") {
            // The workers never overlapped on a busy machine: said, and not graded.
            #expect(graded.contains("could not measure `lost_full_speed`"))
            #expect(session.record[lesson: "process-locks"].questions["value-lock-myth"]?.correct == nil)
        } else {
            #expect(graded.contains("You predicted b) Some, the counter ends below 20,000."))
            #expect(graded.contains("The demo measured lost_full_speed="))
            let right = lost != "result lost_full_speed=0"
            #expect(graded.contains(right ? "✓ your prediction was right." : "✗ what happened was a)"))
            #expect(session.record[lesson: "process-locks"].questions["value-lock-myth"]?.correct == right)
        }
    }

    @Test("a run with other parameters does not grade the page's prediction")
    func otherParametersDoNotGrade() throws {
        let session = makeSession()
        _ = session.handle("open process-locks")
        for _ in 1...5 { _ = session.handle("next") }
        _ = session.handle("answer a")
        let text = try runAtFullSpeed(
            session.handle("run shared-counter lock=on increments=100"), in: session)
        #expect(text.contains("parameters differ from the page's demo"))
        #expect(session.record[lesson: "process-locks"].questions["value-lock-myth"]?.correct == nil)
    }

    @Test("after a run, `step` walks through its narration, `save` writes it and `replay` plays it")
    func stepSaveReplay() throws {
        let session = makeSession()
        #expect(session.handle("step").text.contains("`run` a demo or play a `lab` first"))
        _ = try runAtFullSpeed(session.handle("run shared-counter increments=50 lock=on"), in: session)
        let first = session.handle("step 2").text.split(separator: "\n")
        #expect(first.count == 2)
        #expect(first[0].hasPrefix("[1/"))
        #expect(session.handle("step").text.hasPrefix("[3/"))
        let path = state.path + "/run.jsonl"
        #expect(session.handle("save \(path)").text.contains("saved"))
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(session.handle("replay").showing?.title == "shared-counter increments=50 lock=on speed=0")
        #expect(session.handle("replay 2").showing?.speed == 2)
    }

    @Test(
        "`run` errors are one line and the session carries on",
        arguments: [
            ("run nosuch", "unknown demo `nosuch`"),
            ("run shared-counter workers=99", "expected a whole number from 1 to 8"),
            ("run", "no lesson is open"),
        ])
    func errors(line: String, message: String) {
        let session = makeSession()
        let reply = session.handle(line)
        #expect(reply.demo == nil)
        #expect(reply.text.contains(message))
        #expect(reply.text.split(separator: "\n").count == 1)
    }

    @Test("Tab completes demo names after `run`, then their parameters")
    func completion() {
        let session = makeSession()
        #expect(session.completions(for: "run shared-c") == ["shared-counter"])
        #expect(session.completions(for: "run shared-counter wo") == ["workers="])
        // The word being typed is not yet given, even when it is a whole parameter name.
        #expect(session.completions(for: "run shared-counter workers") == ["workers="])
        #expect(!session.completions(for: "run shared-counter workers=2 ").contains("workers="))
        #expect(session.completions(for: "ru") == ["run"])
    }
}
