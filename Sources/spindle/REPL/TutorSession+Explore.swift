import Foundation
import Lab
import Messages
import Trace

extension TutorSession {
    /// `explore FILE [K]`: the explorer's report on a lab program; with K, the shortest schedule
    /// to outcome K played on the stage after it (narrated in plain mode).
    func explore(_ argument: String) -> Reply {
        let usage = Messages.text("explore.usage")
        var words = argument.split(separator: " ").map(String.init)
        var shown: Int?
        if words.count > 1, let last = words.last, let number = Int(last) {
            shown = number
            words.removeLast()
        }
        guard !words.isEmpty else { return Reply(text: usage + "\n") }
        let path = (words.joined(separator: " ") as NSString).expandingTildeInPath
        let program: LabProgram
        do {
            program = try LabProgramFile.load(path)
        } catch {
            return Reply(text: "\(error)\n")
        }
        let report = ExploreCommand.explore(program, maxStates: ExploreCommand.defaultMaximumStates)
        var text = report.text()
        guard let shown else {
            if !report.outcomes.isEmpty {
                text += Messages.text("explore.plays", ["file": words.joined(separator: " ")]) + "\n"
            }
            return Reply(text: text)
        }
        guard (1...max(1, report.outcomes.count)).contains(shown), !report.outcomes.isEmpty else {
            return Reply(
                text: text
                    + Messages.text(
                        "explore.no-outcome", ["number": "\(shown)", "count": "\(report.outcomes.count)"])
                    + "\n")
        }
        let schedule = report.outcomes[shown - 1].shortestSchedule
        let recorder = TraceRecorder()
        do {
            try LabReplay.record(program, schedule: schedule, into: recorder)
        } catch {
            return Reply(text: text + "\(error)\n")
        }
        let name = URL(fileURLWithPath: path).lastPathComponent
        return Reply(
            text: text,
            showing: TraceShowing(
                events: recorder.events,
                title: Messages.text("explore.title", ["file": name, "number": "\(shown)"]),
                speed: 1,
                emphasis: [.lanes, .resources]))
    }
}
