import Demos
import Stage
import Trace

/// A running demo as the live stage follows it: its recorder's events, finished once the demo
/// has ended and every event it sent has been shown.
final class DemoTraceSource: TraceSource, @unchecked Sendable {
    // Only the player's thread calls `poll` and `isFinished`.
    private let execution: DemoExecution
    private var next = 0

    init(_ execution: DemoExecution) {
        self.execution = execution
    }

    func poll() -> [TraceEvent] {
        let (events, following) = execution.recorder.events(from: next)
        next = following
        return events
    }

    var isFinished: Bool {
        execution.poll() != nil && next >= execution.recorder.count
    }

    func suspendProducer() {
        execution.suspend()
    }

    func resumeProducer() {
        execution.resume()
    }
}
