import Foundation
import Lab
import Trace

extension TutorSession {
    /// `explore FILE [K]`: the explorer's report on a lab program; with K, the shortest schedule
    /// to outcome K played on the stage after it (narrated in plain mode).
    func explore(_ argument: String) -> Reply {
        let usage = "usage: `explore FILE.py [K]`, e.g. `explore counter.py` or `explore counter.py 2`"
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
                text +=
                    "`explore \(words.joined(separator: " ")) K` plays the shortest schedule to outcome K.\n"
            }
            return Reply(text: text)
        }
        guard (1...max(1, report.outcomes.count)).contains(shown), !report.outcomes.isEmpty else {
            return Reply(
                text: text
                    + "There is no outcome \(shown); give a number from 1 to \(report.outcomes.count).\n")
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
                events: recorder.events, title: "\(name) outcome \(shown)", speed: 1,
                emphasis: [.lanes, .resources]))
    }
}
