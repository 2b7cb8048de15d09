import Foundation
import Stage
import Testing
import Trace

/// Fuzzes the trace reader, the exports and the stage with damaged trace files: each must be
/// refused with an error naming a line, or read and then exported, narrated and drawn. A
/// trap ends the test run, so a passing run means no input crashed any of them.
@Suite struct TraceFuzzTests {
    static let inputCount = 1_200

    @Test func damagedTracesAreReadOrRefusedNeverTrapped() throws {
        var inputs = TraceFuzzInputs(seed: 0x5EED_7EAC)
        var accepted = 0
        var refused = 0
        for _ in 0..<Self.inputCount {
            let text = inputs.damaged(inputs.validLines(events: inputs.size(upTo: 40)))
            do {
                let events = try JSONLines.decode(text)
                try Self.exportAndDraw(events)
                accepted += 1
            } catch let error as JSONLinesError {
                let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
                #expect((1...lineCount).contains(error.line), "\(error) for\n\(text)")
                #expect(!error.reason.isEmpty && !error.reason.contains("\n"))
                refused += 1
            }
        }
        #expect(accepted + refused == Self.inputCount)
        // Both outcomes must really occur, or the damage is too mild or too harsh to test anything.
        #expect(accepted > Self.inputCount / 10 && refused > Self.inputCount / 10)
        print(
            "trace fuzz: \(Self.inputCount) inputs, \(accepted) read and exported, \(refused) refused "
                + "with a line, peak resident \(Self.peakResidentMegabytes()) MB")
    }

    /// Exports skip the reader's checks when a trace comes from memory; they must not trap either.
    @Test func exportsOfUncheckedEventsNeverTrap() throws {
        let huge = ActorID(Int.max)
        let events: [TraceEvent] = [
            TraceEvent(time: .max, actor: huge, kind: .transition(.sleeping(untilNanos: 0))),
            TraceEvent(
                time: 0, actor: huge, kind: .declareActor(TraceActor(id: huge, kind: .thread, name: "t"))),
            TraceEvent(time: 5, actor: ActorID(Int.min), kind: .operation(ResourceID(Int.max), .acquire)),
            TraceEvent(
                time: 3, actor: huge,
                kind: .declareResource(
                    TraceResource(id: ResourceID(1), kind: .semaphore, name: "s", capacity: Int.min))),
            TraceEvent(time: 2, actor: huge, kind: .operation(ResourceID(1), .acquire)),
            TraceEvent(
                time: 1, actor: huge,
                kind: .declareResource(
                    TraceResource(id: ResourceID(2), kind: .rlock, name: "r", capacity: Int.max))),
            TraceEvent(time: .max - 1, actor: huge, kind: .transition(.sleeping(untilNanos: .max))),
            TraceEvent(time: 4, actor: huge, kind: .operation(ResourceID(1), .notify(count: Int.min))),
        ]
        try Self.export(events)
        let json = try ExportJSON.object(ChromeTrace.text(events, title: "t"))
        #expect((json["traceEvents"] as? [Any])?.isEmpty == false)
    }

    /// A trace of the largest shape a test can afford on two cores; `Tools/make-large-trace.py`
    /// makes the million-event one, too slow for the suite.
    @Test func aLargeTraceIsReadAndExportedWhole() throws {
        var inputs = TraceFuzzInputs(seed: 7)
        let text = ([JSONLines.header] + inputs.validLines(events: 20_000)).joined(separator: "\n")
        let events = try JSONLines.decode(text)
        #expect(events.count == 20_006)
        let json = try ExportJSON.object(ChromeTrace.text(events, title: "large"))
        let entries = try #require(json["traceEvents"] as? [Any])
        #expect(entries.count > 20_000)
    }

    /// Everything a trace read from a file goes through: the exports and narration, and frames
    /// of the stage while it plays, recorded as asciicast.
    private static func exportAndDraw(_ events: [TraceEvent]) throws {
        try export(events)
        var recording = AsciicastRecorder(
            width: 80, height: 24, title: "fuzz", startTime: events.first?.time ?? 0, environment: [:])
        var timeline = Timeline()
        for (index, event) in events.enumerated() {
            timeline.append(event)
            // Every fifth frame and the last: enough to reach every view, cheap enough for 1,000 traces.
            guard index % 5 == 0 || index == events.count - 1 else { continue }
            let frame = StageView.render(
                timeline: timeline, at: event.time, size: (80, 24), color: false, title: "fuzz")
            recording.record(output: frame.plainLines.joined(separator: "\n"), at: event.time)
        }
        try checkAsciicast(recording)
    }

    /// The exports and the plain narration, which take any events, checked or not.
    private static func export(_ events: [TraceEvent]) throws {
        let chrome = ChromeTrace.text(events, title: "fuzz \u{1B}[2J")
        _ = try ExportJSON.object(chrome)
        let transcript = PlainNarration.transcript(of: events)
        #expect(!transcript.joined().contains("\u{1B}"))
        var recording = AsciicastRecorder(
            width: 80, height: 24, title: "fuzz", startTime: events.first?.time ?? 0, environment: [:])
        for (line, event) in zip(transcript, events) {
            recording.record(output: line, at: event.time)
        }
        try checkAsciicast(recording)
    }

    /// Every line of the recording parses: the header object, then one array per event.
    private static func checkAsciicast(_ recording: AsciicastRecorder) throws {
        let lines = recording.contents.split(separator: "\n").map(String.init)
        _ = try ExportJSON.object(lines[0])
        for line in lines.dropFirst() {
            _ = try ExportJSON.array(line)
        }
    }

    private static func peakResidentMegabytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss / 1024
    }
}
