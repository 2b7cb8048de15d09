import Trace

/// The last thing the student ran, a demo or a lab, kept for `replay`, `step` and `save`.
struct PlayedRun {
    let events: [TraceEvent]
    /// What produced the trace: its title, its parameters and the views it is about.
    let run: TraceRun
}
