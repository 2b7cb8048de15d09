import LineEditing
import Stage

/// Reads lines, hands them to the session, prints what it says, until `quit` or end of input.
/// A bad command or a bad lesson file only ever produces a message: the loop itself never fails.
struct REPLLoop {
    let session: TutorSession
    let reader: any LineReader
    let console: Console

    func run() {
        console.write(greeting())
        while true {
            switch reader.readLine(prompt: session.prompt) {
            case .end:
                return
            case .interrupted:
                continue
            case .line(let line):
                let reply = session.handle(line)
                console.write(reply.text)
                if reply.quits { return }
            }
        }
    }

    private func greeting() -> String {
        var lines = ["Spindle \(SpindleVersion.current): learn concurrency by watching it happen."]
        lines += session.startupNotices
        if let resume = resumeHint() {
            lines.append(resume)
        } else {
            lines.append("Type `lessons` to see the course, `open 0` to begin, `help` for commands.")
        }
        return lines.map(TerminalText.sanitize).joined(separator: "\n") + "\n"
    }

    private func resumeHint() -> String? {
        guard let id = session.record.lastLesson, let current = session.library.lesson(matching: id),
            !session.record[lesson: id].completed
        else { return nil }
        return "Welcome back. `open \(current.order)` continues \(current.title); `lessons` shows the course."
    }
}
