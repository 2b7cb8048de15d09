import Demos
import ScriptTracing
import Stage
import Trace

/// Something running that records a trace as it goes: a demo, or a traced Python program.
protocol FollowedRun: AnyObject, Sendable {
    /// Where its events go.
    var recorder: TraceRecorder { get }
    /// Whether it has ended (its recorder gets no more events).
    var hasEnded: Bool { get }
    /// Stops it where it is, and lets it go on (Ctrl-Z on the stage).
    func suspend()
    func resume()
}

extension DemoExecution: FollowedRun {
    var hasEnded: Bool { poll() != nil }
}

extension ScriptRun: FollowedRun {
    var hasEnded: Bool { poll() != nil }
}

/// A running demo or program as the live stage follows it: its recorder's events, finished
/// once it has ended and every event it recorded has been shown.
final class FollowedRunSource: TraceSource, @unchecked Sendable {
    // Only the player's thread calls `poll` and `isFinished`.
    private let run: any FollowedRun
    private var next = 0

    init(_ run: any FollowedRun) {
        self.run = run
    }

    func poll() -> [TraceEvent] {
        let (events, following) = run.recorder.events(from: next)
        next = following
        return events
    }

    var isFinished: Bool {
        run.hasEnded && next >= run.recorder.count
    }

    func suspendProducer() {
        run.suspend()
    }

    func resumeProducer() {
        run.resume()
    }
}
