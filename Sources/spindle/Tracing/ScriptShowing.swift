import Messages
import ScriptTracing
import Stage
import Terminal
import Trace

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a student's Python program under the probe while they watch: on the live stage, or
/// narrated line by line with the program's own output between the lines. However the watching
/// ends (the program's end, a deadlock, `q`, Ctrl-C, SIGTERM), the program and everything it
/// started are stopped and reaped before this returns, and the terminal is as it was.
enum ScriptShowing {
    /// Runs `invocation`; on the stage, the key hints say `q` goes back to where `leaving` says.
    static func run(
        _ invocation: ScriptInvocation, style: DemoShowing.Style, console: Console,
        leaving: PlayerExit = .program
    ) throws -> FinishedScript {
        let run: ScriptRun
        do {
            run = try ScriptRun(invocation, probe: ProbeScript.source)
        } catch {
            throw CommandFailure(error.text(in: CurrentLanguage.value))
        }
        let outcome: ScriptOutcome
        switch style {
        case .animated(let color, let path):
            outcome = try animate(run, color: color, recordTo: path, leaving: leaving)
        case .narrated:
            outcome = follow(run, console: console, narrate: true)
        case .silent:
            outcome = follow(run, console: console, narrate: false)
        }
        return FinishedScript(
            invocation: invocation, outcome: outcome, events: run.recorder.events,
            outputShown: style.isNarrated)
    }

    private static func animate(
        _ run: ScriptRun, color: Bool, recordTo path: OutputPath?, leaving: PlayerExit
    ) throws -> ScriptOutcome {
        let ending: PlayerOutcome
        do {
            ending = try StageShowing.run(
                FollowedRunSource(run), title: run.invocation.title, live: true, speed: 1, color: color,
                recordTo: path, emphasis: FinishedScript.emphasis, leaving: leaving,
                beforeDying: { run.stop(because: StopReason.toldToEnd.english) })
        } catch {
            run.stop(because: StopReason.stageFailed.english)
            throw error
        }
        switch ending {
        case .interrupted: return run.stop(because: ScriptRun.interruptReason)
        case .quit: return run.poll() ?? run.stop(because: StopReason.leftWithQ.english)
        case .finished, .terminated: return run.poll() ?? run.stop(because: StopReason.stageClosed.english)
        }
    }

    /// Narrates (or just waits for) the run, with Ctrl-C stopping the program rather than
    /// Spindle, Ctrl-Z suspending both, and SIGTERM, SIGHUP or Ctrl-\ stopping the program and
    /// then Spindle.
    private static func follow(_ run: ScriptRun, console: Console, narrate: Bool) -> ScriptOutcome {
        let window = try? SignalWindow.open()
        defer { window?.close() }
        var narration = PlainNarration()
        var nextEvent = 0
        var nextOutput = 0
        var heldOutput: [OutputLine] = []
        // A printed line arrives at once, the events before it up to ``ScriptRun/eventDelay``
        // later: it waits that long, then takes its place among them by time.
        func show(final: Bool = false) {
            let (events, following) = run.recorder.events(from: nextEvent)
            nextEvent = following
            let (output, outputFollowing) = run.output(from: nextOutput)
            nextOutput = outputFollowing
            guard narrate else { return }
            heldOutput += output
            // Ready: old enough that every event before it has arrived, or followed by an
            // event already here (events arrive in time order), or the run is over.
            let now = MonotonicClock.now()
            let latest = events.map(\.time).max() ?? 0
            let ready =
                final
                ? heldOutput.count
                : heldOutput.prefix {
                    $0.time < latest || (now >= $0.time && now - $0.time > ScriptRun.eventDelay)
                }.count
            let lines = Self.interleave(events, Array(heldOutput.prefix(ready)), narration: &narration)
            heldOutput.removeFirst(ready)
            if !lines.isEmpty { console.write(lines.map { $0 + "\n" }.joined()) }
        }
        while true {
            show()
            if let outcome = run.poll() {
                show(final: true)
                return outcome
            }
            let signals = window?.takeSignals() ?? []
            if let ending = signals.endingSignal {
                run.stop(because: StopReason.toldToEnd.english)
                window?.close()
                Termination.die(by: ending)
            }
            if signals.contains(.interrupt) {
                let outcome = run.stop(because: ScriptRun.interruptReason)
                show(final: true)
                return outcome
            }
            if signals.contains(.suspend) {
                run.suspend()
                window?.stopProcess()
                run.resume()
            }
            if let window {
                _ = window.wait(for: nil, milliseconds: 30)
            } else {
                usleep(30_000) // no window, so no signal can end the pause early
            }
        }
    }
    /// The narration of `events` with the program's `output` among them, each printed line
    /// after the events that happened before Spindle read it.
    private static func interleave(
        _ events: [TraceEvent], _ output: [OutputLine], narration: inout PlainNarration
    ) -> [String] {
        var lines: [String] = []
        var printed = output[...]
        for event in events {
            while let line = printed.first, line.time < event.time {
                lines.append(FinishedScript.markedLine(line))
                printed = printed.dropFirst()
            }
            lines += narration.lines(for: [event])
        }
        return lines + printed.map(FinishedScript.markedLine)
    }
}

extension DemoShowing.Style {
    /// Whether the run is narrated line by line, the program's output with it.
    var isNarrated: Bool {
        if case .narrated = self { return true }
        return false
    }
}
