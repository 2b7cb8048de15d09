import LineEditing
import Messages
import ScriptTracing
import Stage
import Terminal
import TextRendering

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
            case .terminated(let signal):
                Termination.die(by: signal)
            case .line(let line):
                let reply = session.handle(line)
                show(reply.text)
                if reply.quits { return }
                if let confirmation = reply.confirmation { confirm(confirmation) }
                if let showing = reply.showing { play(showing) }
                if let launch = reply.demo { run(launch) }
                if let lab = reply.lab { play(lab) }
                if let script = reply.script { trace(script) }
            }
        }
    }

    /// The line reader catches Ctrl-C, Ctrl-Z and resizes only while it waits for a key, and puts
    /// the default actions back in between. A Ctrl-C that lands in between (while a command runs,
    /// or while the editor redraws after a key) would end the tutor. Blocked here, such a signal
    /// stays pending until the reader (or the stage) unblocks it again, and is handled then.
    /// In a terminal the same holds for SIGTERM, SIGHUP and Ctrl-\: handled at the next read,
    /// they end Spindle with the terminal restored and the fork server reaped. Input that is not
    /// a terminal is read with a plain blocking read, which must stay open to them.
    private func holdTerminalSignalsBetweenReads() {
        var held = sigset_t()
        sigemptyset(&held)
        var signals = [SIGINT, SIGTSTP, SIGWINCH]
        if isatty(STDIN_FILENO) == 1 { signals += [SIGTERM, SIGHUP, SIGQUIT] }
        for signal in signals { sigaddset(&held, signal) }
        pthread_sigmask(SIG_BLOCK, &held, nil)
    }

    /// Asks the question; only `y` or `yes` runs the command.
    private func confirm(_ confirmation: Confirmation) {
        guard case .line(let answer) = reader.readLine(prompt: confirmation.question),
            Confirmation.isYes(answer)
        else {
            console.write(confirmation.declined)
            return
        }
        console.write(session.handle(confirmation.command).text)
    }

    /// Runs a demo on the stage (or narrated, at full speed unless a speed is given), then shows
    /// its results and the grading.
    private func run(_ launch: DemoLaunch) {
        let style: DemoShowing.Style = session.animates ? .animated(color: color, recordTo: nil) : .narrated
        let launch = session.animates ? launch : launch.unanimated
        do {
            show(session.finish(try DemoShowing.run(launch, style: style, console: console, leaving: .tutor)))
        } catch {
            console.write(session.wrapped(TerminalText.sanitize("\(error)") + "\n"))
        }
    }

    /// Runs the student's program on the stage (or narrated), then says how it ended.
    private func trace(_ invocation: ScriptInvocation) {
        let style: DemoShowing.Style = session.animates ? .animated(color: color, recordTo: nil) : .narrated
        do {
            show(
                session.finishScript(
                    try ScriptShowing.run(invocation, style: style, console: console, leaving: .tutor)))
        } catch {
            console.write(session.wrapped(TerminalText.sanitize("\(error)") + "\n"))
        }
    }

    /// Writes a reply; one taller than the terminal goes through the pager, so its top (the
    /// page's title) is read first. Plain mode and piped output get the whole text.
    private func show(_ text: String) {
        guard session.animates, let size = TerminalSize.of(STDOUT_FILENO),
            Pager.isNeeded(for: text, rows: size.rows)
        else { return console.write(text) }
        do {
            if case .terminated(let signal) = try Pager.show(text, color: color) {
                Termination.die(by: signal)
            }
        } catch {
            console.write(text)
        }
    }

    /// Plays a trace and comes back to the prompt, however the showing ends; only SIGTERM or
    /// SIGHUP end the tutor, once the terminal is restored.
    private func play(_ showing: TraceShowing) {
        guard session.animates else {
            console.write(PlainNarration.transcript(of: showing.events).joined(separator: "\n") + "\n")
            return
        }
        do {
            try StageShowing.run(
                LoadedTraceSource(showing.events), title: showing.title, live: false, speed: showing.speed,
                color: color, recordTo: nil, startPaused: showing.startPaused, emphasis: showing.emphasis,
                leaving: .tutor)
        } catch {
            console.write(session.wrapped(TerminalText.sanitize("\(error)") + "\n"))
        }
    }

    /// Plays a lab (full screen, or at a `lab>` prompt in plain mode), then says how it went.
    private func play(_ lab: LabLaunch) {
        let game = LabPlaying.play(lab, animates: session.animates, color: color, input: .reader(reader))
        show(session.finishLab(game))
    }

    private func greeting() -> String {
        var lines = [Messages.text("welcome.tagline", ["version": SpindleVersion.current])]
        lines += session.startupNotices
        lines.append(session.welcomeLine())
        return session.wrapped(lines.map(TerminalText.sanitize).joined(separator: "\n") + "\n")
    }
}
