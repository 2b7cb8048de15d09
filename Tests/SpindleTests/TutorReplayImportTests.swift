import Foundation
import Stage
import TestSupport
import Testing
import TextRendering

@testable import spindle

/// `replay FILE` in the tutor: a trace that cannot be drawn is refused in one line naming the
/// file and line, and the tutor goes on, instead of handing it to the stage to trap on.
@Suite("Tutor replay of trace files")
struct TutorReplayImportTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    func makeSession() -> TutorSession {
        TutorSession(
            folder: folder.path, catalog: nil,
            store: ProgressStore(url: folder.url.appendingPathComponent("progress.json")),
            options: { RenderOptions(width: 80, color: false) })
    }

    @Test("a trace with a time near 2^64 is refused at its line, and the tutor keeps running")
    func timeNearTheTopOfTheRange() throws {
        let file = try folder.write(
            "far.jsonl",
            """
            {"format":"spindle-trace","version":1}
            {"actor":1,"kind":{"actor":{"id":1,"kind":"process","name":"main"},"type":"declareActor"},"time":1}
            {"actor":1,"kind":{"state":{"type":"running"},"type":"transition"},"time":18446744073709551000}

            """)
        let session = makeSession()
        let reply = session.handle("replay \(file.path)")
        #expect(reply.showing == nil)
        #expect(
            unwrapped(reply.text) == "\(file.path):3: time 18446744073709551000 is out of range; "
                + "times are nanoseconds from 0 to 9223372036854775807\n")
        #expect(!reply.quits)
        #expect(session.handle("help").text.contains("replay"))
    }

    @Test("a file name with terminal escapes is printed defused")
    func escapesInTheFileName() throws {
        let file = try folder.write("\u{1B}]52;c;SGk=\u{7}.jsonl", "not a trace\n")
        let reply = makeSession().handle("replay \(file.path)")
        #expect(!reply.text.contains("\u{1B}"))
        #expect(unwrapped(reply.text).contains(":1: expected the header"))
    }
}
