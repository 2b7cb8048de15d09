import Foundation
import Trace

/// A saved trace the REPL plays on the stage.
struct TraceShowing: Equatable {
    var events: [TraceEvent]
    var title: String
    var speed: Double
}

extension TutorSession {
    /// `replay FILE [SPEED]`: loads a trace for the REPL to play, or says in one line what is wrong.
    func replay(_ argument: String) -> Reply {
        let usage = "usage: `replay FILE [SPEED]`, e.g. `replay run.jsonl 2` (speed 0.0625 to 64)"
        var words = argument.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return Reply(text: "Which trace? \(usage)\n") }
        var speed = 1.0
        if words.count > 1, let last = words.last, let value = Double(last) {
            guard value.isFinite, (0.0625...64).contains(value) else {
                return Reply(text: "The speed must be between 0.0625 and 64, not \(last).\n")
            }
            speed = value
            words.removeLast()
        }
        let path = (words.joined(separator: " ") as NSString).expandingTildeInPath
        do {
            let events = try TraceFiles.load(path)
            guard !events.isEmpty else { return Reply(text: "\(path) holds no events.\n") }
            let title = URL(fileURLWithPath: path).lastPathComponent
            return Reply(text: "", showing: TraceShowing(events: events, title: title, speed: speed))
        } catch {
            return Reply(text: "\(error)\n")
        }
    }
}
