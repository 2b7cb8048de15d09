#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LineEditing
import Stage

/// Reads lines, hands them to the session, prints what it says, until `quit` or end of input.
/// A bad command or a bad lesson file only ever produces a message: the loop itself never fails.
struct REPLLoop {
    let session: TutorSession
    let reader: any LineReader
    let console: Console
    /// Whether the animation uses colour.
    let color: Bool

    func run() {
        holdTerminalSignalsBetweenReads()
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
                if let confirmation = reply.confirmation { confirm(confirmation) }
                if let showing = reply.showing { play(showing) }
                if let launch = reply.demo { run(launch) }
            }
        }
    }

    /// The line reader catches Ctrl-C, Ctrl-Z and resizes only while it waits for a key, and puts
    /// the default actions back in between. A Ctrl-C that lands in between (while a command runs,
    /// or while the editor redraws after a key) would end the tutor. Blocked here, such a signal
    /// stays pending until the reader unblocks it again, and is handled then.
    private func holdTerminalSignalsBetweenReads() {
        var held = sigset_t()
        sigemptyset(&held)
        for signal in [SIGINT, SIGTSTP, SIGWINCH] { sigaddset(&held, signal) }
        pthread_sigmask(SIG_BLOCK, &held, nil)
    }

    /// Asks the question; only `y` or `yes` runs the command.
    private func confirm(_ confirmation: Confirmation) {
        guard case .line(let answer) = reader.readLine(prompt: confirmation.question), Confirmation.isYes(answer) else {
            console.write(confirmation.declined)
            return
        }
        console.write(session.handle(confirmation.command).text)
    }

    /// Plays a trace and comes back to the prompt, however the showing ends; only SIGTERM or
    /// SIGHUP end the tutor, once the terminal is restored.
    /// Runs a demo on the stage (or narrated), then shows its results and the grading.
    private func run(_ launch: DemoLaunch) {
        let style: DemoShowing.Style = session.animates ? .animated(color: color, recordTo: nil) : .narrated
        do {
            console.write(session.finish(try DemoShowing.run(launch, style: style, console: console)))
        } catch {
            console.write("\(error)\n")
        }
    }

    private func play(_ showing: TraceShowing) {
        guard session.animates else {
            console.write(PlainNarration.transcript(of: showing.events).joined(separator: "\n") + "\n")
            return
        }
        do {
            try StageShowing.run(
                LoadedTraceSource(showing.events), title: showing.title, live: false, speed: showing.speed,
                color: color, recordTo: nil, startPaused: showing.startPaused)
        } catch {
            console.write("\(error)\n")
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
