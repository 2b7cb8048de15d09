import Foundation
import Messages
import Stage
import TextRendering
import Trace

/// A saved trace the REPL plays on the stage.
struct TraceShowing: Equatable {
    var events: [TraceEvent]
    var title: String
    var speed: Double
    /// Start paused, for stepping with the arrow keys.
    var startPaused = false
    /// The views the demo is about.
    var emphasis: [TraceView] = []
}

extension TutorSession {
    /// `replay [FILE] [SPEED]`: the last run, or a saved trace, for the REPL to play; or says in
    /// one line what is wrong.
    func replay(_ argument: String) -> Reply {
        let usage = Messages.text("replay.usage", ["speeds": PlaybackModel.speedRangeText])
        var words = argument.split(separator: " ").map(String.init)
        var speed = 1.0
        if let last = words.last, let value = Double(last),
            words.count > 1 || !FileManager.default.fileExists(atPath: last)
        {
            guard value.isFinite, PlaybackModel.speedRange.contains(value) else {
                return Reply(
                    text: Messages.text(
                        "replay.bad-speed", ["speeds": PlaybackModel.speedRangeText, "value": last])
                        + "\n")
            }
            speed = value
            words.removeLast()
        }
        guard !words.isEmpty else {
            guard let lastRun else {
                return Reply(text: Messages.text("replay.nothing", ["usage": usage]) + "\n")
            }
            return Reply(
                text: "",
                showing: TraceShowing(
                    events: lastRun.events, title: lastRun.run.title, speed: speed,
                    emphasis: lastRun.run.emphasis))
        }
        let path = (words.joined(separator: " ") as NSString).expandingTildeInPath
        do {
            let (run, events) = try TraceFiles.load(path)
            guard !events.isEmpty else {
                return Reply(
                    text: Messages.text("replay.no-events", ["file": TerminalText.sanitize(path)]) + "\n")
            }
            let title = run?.title ?? URL(fileURLWithPath: path).lastPathComponent
            return Reply(
                text: "",
                showing: TraceShowing(
                    events: events, title: title, speed: speed, emphasis: run?.emphasis ?? []))
        } catch {
            return Reply(text: "\(error)\n")
        }
    }
}
