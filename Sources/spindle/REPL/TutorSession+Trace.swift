import Foundation
import Messages
import ScriptTracing

extension TutorSession {
    /// `trace FILE.py [ARGS ...]`: runs the student's own program on the stage (narrated in
    /// plain mode); the loop hands the finished run to ``finishScript(_:)``.
    func trace(_ argument: String) -> Reply {
        let words = argument.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let script = words.first else {
            return Reply(text: Messages.text("trace.usage") + "\n")
        }
        let path = (script as NSString).expandingTildeInPath
        return Reply(text: "", script: ScriptInvocation(script: path, arguments: Array(words.dropFirst())))
    }

    /// Keeps a finished program's trace for `replay`, `step` and `save`, and says how it ended.
    func finishScript(_ finished: FinishedScript) -> String {
        lastRun = PlayedRun(events: finished.events, run: finished.run)
        stepCursor = 0
        var text = finished.closingLines.map { $0 + "\n" }.joined()
        text += Messages.text("run.again") + "\n"
        return wrapped(text)
    }
}
