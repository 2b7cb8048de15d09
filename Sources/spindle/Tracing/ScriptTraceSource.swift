import ScriptTracing
import Stage
import Trace

/// A traced program as the live stage follows it: its recorder's events, finished once the
/// program has ended and every event has been shown.
final class ScriptTraceSource: TraceSource, @unchecked Sendable {
    // Only the player's thread calls `poll` and `isFinished`.
    private let run: ScriptRun
    private var next = 0

    init(_ run: ScriptRun) {
        self.run = run
    }

    func poll() -> [TraceEvent] {
        let (events, following) = run.recorder.events(from: next)
        next = following
        return events
    }

    var isFinished: Bool {
        run.poll() != nil && next >= run.recorder.count
    }

    func suspendProducer() {
        run.suspend()
    }

    func resumeProducer() {
        run.resume()
    }
}
