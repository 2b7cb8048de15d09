import Foundation
import Stage
import TestSupport
import Testing
import TextRendering

@testable import spindle

/// The REPL's `explore`: the explorer's report as a reply, and a counterexample to play.
@Suite("REPL explore")
struct ExploreReplyTests {
    let folder: TemporaryFolder
    let program: URL

    init() throws {
        folder = try TemporaryFolder()
        program = try folder.write("counter.py", LabPrograms.lostUpdate)
    }

    func makeSession() throws -> TutorSession {
        try folder.write("01-basics.md", Fixtures.basics)
        return TutorSession(
            folder: folder.path, catalog: nil,
            store: ProgressStore(url: folder.url.appendingPathComponent("progress.json")),
            options: { RenderOptions(width: 80, color: false) })
    }

    @Test("explore FILE lists the outcomes and says how to play one")
    func report() throws {
        let reply = try makeSession().handle("explore \(program.path)")
        #expect(reply.text.contains("AssertionError: expected 2, got 1"))
        #expect(reply.text.contains("some interleaving fails"))
        #expect(reply.text.contains("plays the shortest schedule to outcome K"))
        #expect(reply.showing == nil)
    }

    @Test("explore FILE K plays the schedule to outcome K; a K out of range is one line")
    func showing() throws {
        let session = try makeSession()
        let shown = session.handle("explore \(program.path) 2")
        let showing = try #require(shown.showing)
        #expect(showing.title == "counter.py outcome 2")
        #expect(
            showing.events.contains {
                if case .note(let text) = $0.kind { return text.contains("AssertionError") }
                return false
            })
        let outOfRange = session.handle("explore \(program.path) 9")
        #expect(outOfRange.showing == nil)
        #expect(outOfRange.text.contains("There is no outcome 9; give a number from 1 to 2."))
    }

    @Test("a missing file is one line, and the REPL goes on")
    func missingFile() throws {
        let reply = try makeSession().handle("explore \(folder.path)/none.py")
        // The reply wraps at 80 columns, and the temporary folder's path is long.
        let text = reply.text.replacingOccurrences(of: "\n", with: " ")
        #expect(text.contains("none.py: No such file or directory"))
        #expect(!reply.quits)
    }
}
