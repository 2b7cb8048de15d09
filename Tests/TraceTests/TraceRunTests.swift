import Testing
import Trace

/// The run a trace records travels in its header line, so a replay can show what was run.
@Suite struct TraceRunTests {
    private let events = [
        TraceEvent(
            time: 1, actor: ActorID(1),
            kind: .declareActor(TraceActor(id: ActorID(1), kind: .process, name: "main"))),
        TraceEvent(time: 5, actor: ActorID(1), kind: .note("hello")),
    ]

    @Test func theRunSurvivesWritingAndReading() throws {
        let run = TraceRun(demo: "fork-tree", parameters: ["depth=2"], emphasis: [.processTree])
        let text = try JSONLines.encode(events, run: run)
        let read = try JSONLines.decodeRun(text)
        #expect(read.run == run)
        #expect(read.run?.title == "fork-tree depth=2")
        #expect(read.events == events)
    }

    @Test func aTraceWithoutARunStillReads() throws {
        let read = try JSONLines.decodeRun(try JSONLines.encode(events))
        #expect(read.run == nil)
        #expect(read.events == events)
    }

    @Test func viewsThisVersionDoesNotKnowAreSkipped() throws {
        let text =
            #"{"format":"spindle-trace","version":1,"run":{"demo":"x","parameters":[],"emphasis":["hologram","lanes"]}}"#
        let read = try JSONLines.decodeRun(text + "\n")
        #expect(read.run?.emphasis == [.lanes])
    }
}
