import Lab
import TestSupport
import Testing

/// A seeded random run can stop as soon as a condition holds, as the lab's auto-run stops at
/// a goal met mid-run.
@Suite("Lab engine: random runs that stop early")
struct RandomRunTests {
    @Test("the run stops at the first state where the condition holds, and repeats by its seed")
    func stopsEarly() throws {
        let program = try LabProgram(source: LabPrograms.lostUpdate, file: "counter.py")
        var engine = LabEngine(program)
        engine.runRandomly(seed: 7) { $0.stepCount == 5 }
        #expect(engine.stepCount == 5)
        #expect(engine.ending == nil)
        var again = LabEngine(program)
        again.runRandomly(seed: 7)
        #expect(Array(again.schedule.prefix(5)) == engine.schedule)
    }
}
