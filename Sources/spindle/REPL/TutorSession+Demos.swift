import Demos
import Foundation
import Lessons
import Messages
import Stage
import TextRendering
import Trace

extension TutorSession {
    /// `run` (the current page's demo), `run N` (its Nth demo), `run NAME=VALUE ...` (the page's
    /// demo with those parameters changed), or `run DEMO NAME=VALUE ...`.
    func run(_ argument: String) -> Reply {
        var words = argument.split(separator: " ").map(String.init)
        guard let name = words.first else { return runPageDemo(number: 1, changes: []) }
        if let number = Int(name) {
            words.removeFirst()
            return runPageDemo(number: number, changes: words)
        }
        if name.contains("=") { return runPageDemo(number: 1, changes: words) }
        if words.count == 2, ["--help", "-h", "help"].contains(words[1]),
            let demo = DemoCatalog.demo(named: name)
        {
            return Reply(text: DemoHelpText.details(of: demo.descriptor, command: "run"))
        }
        do {
            return Reply(
                text: "",
                demo: try DemoLaunch.make(name: name, words: Array(words.dropFirst()), listing: "`demos`"))
        } catch {
            return Reply(text: error.description + "\n")
        }
    }

    /// The page's `number`th demo, with `changes` (`NAME=VALUE` words) in place of the page's
    /// values for those parameters.
    private func runPageDemo(number: Int, changes: [String]) -> Reply {
        guard let position, let lesson = currentLesson, lesson.pages.indices.contains(position.page) else {
            return Reply(text: Messages.text("run.no-lesson") + "\n")
        }
        let blocks = pageDemoBlocks(lesson.pages[position.page])
        guard !blocks.isEmpty else {
            return Reply(text: Messages.text("run.no-demo") + "\n")
        }
        guard blocks.indices.contains(number - 1) else {
            let key = blocks.count == 1 ? "run.which.one" : "run.which.other"
            return Reply(text: Messages.text(key, ["count": "\(blocks.count)"]) + "\n")
        }
        let block = blocks[number - 1]
        if case .prediction(let prediction)? = currentQuestion(), prediction.demo == block.name {
            return Reply(
                text: Messages.text(
                    "run.predict-first", ["question": TerminalText.sanitize(prediction.question)])
                    + "\n")
        }
        let pageWords = block.arguments.map { "\($0.name)=\($0.value)" }
        let changed = Set(changes.map { $0.split(separator: "=", maxSplits: 1).first.map(String.init) ?? $0 })
        let kept = pageWords.filter { !changed.contains(String($0.split(separator: "=", maxSplits: 1)[0])) }
        do {
            return Reply(
                text: "",
                demo: try DemoLaunch.make(name: block.name, words: kept + changes, listing: "`demos`"))
        } catch {
            guard changes.isEmpty else { return Reply(text: error.description + "\n") }
            return Reply(
                text: Messages.text("run.page-demo-broken", ["error": error.description]) + "\n")
        }
    }

    /// Keeps a finished run for `replay`, `step` and `save`, and grades the open lesson's
    /// predictions on that demo with what it measured.
    func finish(_ finished: FinishedDemo) -> String {
        lastRun = PlayedRun(events: finished.events, run: finished.launch.run)
        stepCursor = 0
        var text = finished.closingLines.map { $0 + "\n" }.joined()
        text += grade(with: finished)
        text += Messages.text("run.again") + "\n"
        return wrapped(text)
    }

    /// Grades the current page's answered predictions on this demo, when the run is the page's
    /// demo (its pace and time limit aside): a run with other parameters measured something else.
    private func grade(with finished: FinishedDemo) -> String {
        guard let position, let lesson = currentLesson, lesson.pages.indices.contains(position.page) else {
            return ""
        }
        let page = lesson.pages[position.page]
        let name = finished.launch.descriptor.name
        let predictions = page.questions.compactMap { question -> Prediction? in
            if case .prediction(let prediction) = question, prediction.demo == name { return prediction }
            return nil
        }
        guard !predictions.isEmpty else { return "" }
        let pageLaunches = pageDemoBlocks(page).filter { $0.name == name }.compactMap { block in
            try? DemoLaunch.make(
                name: name, words: block.arguments.map { "\($0.name)=\($0.value)" }, listing: "`demos`")
        }
        guard pageLaunches.contains(where: { Self.sameWork($0, finished.launch) }) else {
            return "\n" + Messages.text("answer.grade.parameters-differ") + "\n"
        }
        var progress = record[lesson: lesson.id]
        var text = ""
        for prediction in predictions {
            guard var state = progress.questions[prediction.id], state.correct == nil,
                let answer = state.answer,
                let picked = AnswerMatching.choiceIndex(answer, options: prediction.choices.map(\.text))
            else { continue }
            guard finished.outcome.ending == .completed,
                let measured = finished.outcome.value(of: prediction.result)
            else {
                text += "\n" + Messages.text("answer.grade.unfinished") + "\n"
                continue
            }
            if let reason = DemoResult.notMeasuredReason(of: measured) {
                // Through the renderer, so that the line wraps at the screen's width.
                text +=
                    "\n"
                    + markdown(
                        Messages.text(
                            "answer.grade.not-measured",
                            ["result": prediction.result, "reason": TerminalText.sanitize(reason)]))
                text += markdown(Messages.text("answer.grade.not-graded"))
                text += markdown(prediction.explanation)
                continue
            }
            let value = ResultValue(parsing: measured)
            let right = prediction.choices[picked].condition.isMet(by: value)
            state.correct = right
            progress.questions[prediction.id] = state
            let happened = prediction.choices.firstIndex { $0.condition.isMet(by: value) }
            text +=
                "\n"
                + Messages.text(
                    "answer.grade.predicted",
                    [
                        "letter": AnswerMatching.letter(picked),
                        "choice": TerminalText.sanitize(prediction.choices[picked].text),
                    ]) + "\n"
            let measuredValue = TerminalText.sanitize(measured)
            if right {
                text +=
                    Messages.text(
                        "answer.grade.right", ["result": prediction.result, "value": measuredValue]) + "\n"
            } else if let happened {
                text +=
                    Messages.text(
                        "answer.grade.happened",
                        [
                            "result": prediction.result, "value": measuredValue,
                            "letter": AnswerMatching.letter(happened),
                            "choice": TerminalText.sanitize(prediction.choices[happened].text),
                        ]) + "\n"
            } else {
                text +=
                    Messages.text("answer.grade.none", ["result": prediction.result, "value": measuredValue])
                    + "\n"
            }
            text += markdown(prediction.explanation)
        }
        record[lesson: lesson.id] = progress
        return text + updateCompletion(of: lesson) + save()
    }

    private func pageDemoBlocks(_ page: Page) -> [DemoBlock] {
        page.elements.compactMap { element -> DemoBlock? in
            if case .demo(let block) = element { return block }
            return nil
        }
    }

    /// Whether two launches do the same work: the same demo and parameters, pace and time limit aside.
    private static func sameWork(_ left: DemoLaunch, _ right: DemoLaunch) -> Bool {
        let pacing: Set<String> = ["speed", "time_limit"]
        return left.descriptor.name == right.descriptor.name
            && left.arguments.values.filter { !pacing.contains($0.key) }
                == right.arguments.values.filter { !pacing.contains($0.key) }
    }

    /// `step [N]`: on the stage, the last run paused at its start; in plain mode, its next N
    /// narration lines (10 by default).
    func step(_ argument: String) -> Reply {
        guard let lastRun else {
            return Reply(text: Messages.text("step.nothing") + "\n")
        }
        let count: Int
        if argument.isEmpty {
            count = 10
        } else if let number = Int(argument), number > 0 {
            count = number
        } else {
            return Reply(text: Messages.text("step.usage") + "\n")
        }
        if animates {
            return Reply(
                text: "",
                showing: TraceShowing(
                    events: lastRun.events, title: lastRun.run.title, speed: 1, startPaused: true,
                    emphasis: lastRun.run.emphasis))
        }
        let lines = PlainNarration.transcript(of: lastRun.events)
        guard stepCursor < lines.count else {
            stepCursor = 0
            return Reply(text: Messages.text("step.end") + "\n")
        }
        let end = min(lines.count, stepCursor + count)
        let shown = (stepCursor..<end).map { "[\($0 + 1)/\(lines.count)] \(lines[$0])\n" }.joined()
        stepCursor = end
        return Reply(text: shown)
    }

    /// Parameter names (with `=`) of the demo being typed, leaving out those already given.
    func parameterCompletions(demo name: String, typed: ArraySlice<String>) -> [String] {
        guard let demo = DemoCatalog.demo(named: name) else { return [] }
        let given = Set(typed.compactMap { $0.split(separator: "=", maxSplits: 1).first.map(String.init) })
        return demo.descriptor.parameters.map(\.name).filter { !given.contains($0) }.map { $0 + "=" }
    }
}
