import Foundation
import Stage
import Testing
import Trace

/// Labels from a trace reach the terminal when an export is written to standard output: every
/// character that could drive a terminal or reorder text is escaped, and JSON readers still get
/// the label as it was.
@Suite struct ExportEscapeTests {
    static let hostile = "job\u{1B}]52;c;SGk=\u{7} \u{9B}2J \u{202E}evil\u{2069} \u{7F} 工人"

    @Test func chromeExportEscapesControlsAndBidiButKeepsTheLabel() throws {
        let actor = ActorID(1)
        let events = [
            TraceEvent(
                time: 1, actor: actor, kind: .declareActor(TraceActor(id: actor, kind: .process, name: "p"))),
            TraceEvent(time: 2, actor: actor, kind: .note(Self.hostile)),
        ]
        let text = ChromeTrace.text(events, title: Self.hostile)
        for character in ["\u{1B}", "\u{7}", "\u{9B}", "\u{202E}", "\u{2069}", "\u{7F}"] {
            #expect(!text.contains(character))
        }
        #expect(text.contains("工人"))
        let other = try #require(try ExportJSON.object(text)["otherData"] as? [String: Any])
        #expect(other["title"] as? String == Self.hostile)
    }

    @Test func asciicastKeepsOutputExactThroughTheEscapes() throws {
        var recording = AsciicastRecorder(
            width: 80, height: 24, title: Self.hostile, startTime: 0, environment: [:])
        recording.record(output: Self.hostile, at: 1_000)
        let lines = recording.contents.split(separator: "\n").map(String.init)
        #expect(!recording.contents.contains("\u{9B}") && !recording.contents.contains("\u{202E}"))
        #expect(try ExportJSON.object(lines[0])["title"] as? String == Self.hostile)
        #expect(try ExportJSON.array(lines[1]).last as? String == Self.hostile)
    }
}
