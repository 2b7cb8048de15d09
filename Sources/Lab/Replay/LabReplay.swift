import Trace

/// Plays a schedule of a lab program and records it as Trace events, so that the stage,
/// `replay`, the exports and `--record` show lab runs like any demo.
public enum LabReplay {
    /// Runs `schedule` from the start into `recorder`. Event times come from a logical clock
    /// (one millisecond per step), so the same schedule always gives the same events.
    public static func record(_ program: LabProgram, schedule: [Int], into recorder: TraceRecorder)
        throws(LabScheduleError)
    {
        var trace = TraceWriter(recorder: recorder)
        var engine = LabEngine(program)
        trace.declareMain(engine.world)
        for (index, thread) in schedule.enumerated() {
            trace.beginStep(index)
            let before = engine.world
            let context = try engine.stepReportingEffects(thread)
            for effect in context.effects ?? [] {
                trace.record(effect, by: thread, in: engine.world, program: program)
            }
            trace.recordStateChanges(from: before, to: engine.world, program: program)
        }
        trace.beginStep(schedule.count)
        trace.recordEnding(engine)
    }
}
