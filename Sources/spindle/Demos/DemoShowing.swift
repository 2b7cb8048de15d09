import Demos
import Messages
import Stage
import Terminal
import Trace

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a demo while the student watches: on the live stage, or narrated line by line.
/// However the watching ends (the demo's end, `q`, Ctrl-C, SIGTERM), the demo and everything
/// it started are stopped before this returns, and the terminal is as it was.
enum DemoShowing {
    /// How to show a run.
    enum Style {
        /// The live stage, optionally recorded as asciicast to a file.
        case animated(color: Bool, recordTo: OutputPath?)
        /// Narration lines on standard output as events arrive.
        case narrated
        /// Nothing until the end.
        case silent
    }

    /// Runs `launch`; on the stage, the key hints say `q` goes back to where `leaving` says.
    static func run(
        _ launch: DemoLaunch, style: Style, console: Console, leaving: PlayerExit = .program
    ) throws -> FinishedDemo {
        let recorder = TraceRecorder()
        let execution: DemoExecution
        do {
            execution = try DemoExecution(launch.demo, arguments: launch.arguments, recorder: recorder)
        } catch {
            throw CommandFailure(
                Messages.text("cli.demo.cannot-start", ["demo": launch.descriptor.name, "error": "\(error)"]))
        }
        let outcome: DemoOutcome
        switch style {
        case .animated(let color, let path):
            outcome = try animate(execution, launch: launch, color: color, recordTo: path, leaving: leaving)
        case .narrated:
            outcome = follow(execution, console: console, narrate: true)
        case .silent:
            outcome = follow(execution, console: console, narrate: false)
        }
        return FinishedDemo(launch: launch, outcome: outcome, events: recorder.events)
    }

    private static func animate(
        _ execution: DemoExecution, launch: DemoLaunch, color: Bool, recordTo path: OutputPath?,
        leaving: PlayerExit
    ) throws -> DemoOutcome {
        let ending: PlayerOutcome
        do {
            ending = try StageShowing.run(
                FollowedRunSource(execution), title: launch.title, live: true, speed: 1, color: color,
                recordTo: path,
                emphasis: launch.descriptor.emphasis, leaving: leaving,
                beforeDying: { execution.stop(because: StopReason.toldToEnd.english) })
        } catch {
            execution.stop(because: StopReason.stageFailed.english)
            throw error
        }
        switch ending {
        case .interrupted: return execution.stop(because: StopReason.interrupted.english)
        case .quit:
            return execution.poll() ?? execution.stop(because: StopReason.leftWithQ.english)
        case .finished, .terminated:
            return execution.poll() ?? execution.stop(because: StopReason.stageClosed.english)
        }
    }

    /// Narrates (or just waits for) the run, with Ctrl-C stopping the demo rather than Spindle,
    /// Ctrl-Z suspending Spindle and the demo together, and SIGTERM, SIGHUP or Ctrl-\ stopping
    /// the demo and then Spindle.
    private static func follow(_ execution: DemoExecution, console: Console, narrate: Bool) -> DemoOutcome {
        let window = try? SignalWindow.open()
        defer { window?.close() }
        var narration = PlainNarration()
        var next = 0
        func show() {
            let (events, following) = execution.recorder.events(from: next)
            next = following
            guard narrate, !events.isEmpty else { return }
            console.write(narration.lines(for: events).map { $0 + "\n" }.joined())
        }
        while true {
            show()
            if let outcome = execution.poll() {
                show()
                return outcome
            }
            let signals = window?.takeSignals() ?? []
            if let ending = signals.endingSignal {
                execution.stop(because: StopReason.toldToEnd.english)
                window?.close()
                Termination.die(by: ending)
            }
            if signals.contains(.interrupt) {
                show()
                return execution.stop(because: StopReason.interrupted.english)
            }
            if signals.contains(.suspend) {
                execution.suspend()
                window?.stopProcess()
                execution.resume()
            }
            if let window {
                _ = window.wait(for: nil, milliseconds: 30)
            } else {
                usleep(30_000) // no window, so no signal can end the pause early
            }
        }
    }
}
