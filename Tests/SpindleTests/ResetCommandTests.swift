import Foundation
import Stage
import TestSupport
import Testing
import TextRendering

@testable import spindle

/// `reset` in the REPL: nothing is forgotten without a yes (or `--yes` when no one can answer),
/// it says what it forgot, and the progress before it is kept where it can be restored.
@Suite("Reset in the REPL")
struct ResetCommandTests {
    let state: TemporaryFolder

    init() throws {
        state = try TemporaryFolder()
    }

    private var progressURL: URL { state.url.appendingPathComponent("progress.json") }

    private func makeSession(interactive: Bool) -> TutorSession {
        TutorSession(
            folder: Repository.lessons, catalog: CatalogDemoSignatures.current,
            store: ProgressStore(url: progressURL),
            options: { RenderOptions(width: 80, color: false) }, interactive: interactive)
    }

    @Test("`reset all` asks at a terminal, and without one wants `--yes`; nothing is forgotten before")
    func resetAllConfirms() throws {
        let quiet = makeSession(interactive: false)
        _ = quiet.handle("open 0")
        let refused = quiet.handle("reset all").text
        #expect(
            unwrapped(refused)
                == "`reset all` forgets your progress on 1 lesson (0 done); type `reset all --yes` to do it\n"
        )
        #expect(!quiet.record.lessons.isEmpty)

        let asking = makeSession(interactive: true)
        let reply = asking.handle("reset all")
        let question = try #require(reply.confirmation)
        #expect(question.question == "forget your progress on 1 lesson (0 done)? [y/N] ")
        #expect(question.command == "reset all --yes")
        #expect(!asking.record.lessons.isEmpty)
        #expect(asking.handle("help reset").text.contains("`reset all --yes`"))
    }

    @Test("a reset says what it forgot and keeps the progress before it in a file it names")
    func resetKeepsACopy() throws {
        let session = makeSession(interactive: false)
        _ = session.handle("open 0")
        _ = session.handle("next")
        let before = session.record
        let text = session.handle("reset 0").text
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("forgot your progress on lesson 00 (") == true)
        #expect(lines.first?.contains(": 2/") == true, "names the pages seen: \(text)")
        // The reply names the copy; a long path may be broken across lines where it wraps.
        let copyName = try #require(
            try FileManager.default.contentsOfDirectory(atPath: progressURL.deletingLastPathComponent().path)
                .first { $0.hasPrefix("progress.json.before-reset-") })
        let copy = progressURL.deletingLastPathComponent().appendingPathComponent(copyName).path
        #expect(text.replacingOccurrences(of: "\n", with: "").contains(copy), "no file named in: \(text)")
        #expect(copy.hasPrefix(progressURL.path + ".before-reset-"))
        let kept = try JSONDecoder().decode(
            ProgressRecord.self, from: Data(contentsOf: URL(fileURLWithPath: copy)))
        #expect(kept == before)
        #expect(session.handle("reset 0").text.hasPrefix("nothing to forget on lesson 00"))

        _ = session.handle("open 0")
        let all = session.handle("reset all --yes").text
        #expect(all.hasPrefix("forgot your progress on 1 lesson (0 done)\n"))
        let copies = try state.names().filter { $0.hasPrefix("progress.json.before-reset-") }
        #expect(copies.count == 2, "two resets in a row keep two copies: \(copies)")
        #expect(makeSession(interactive: false).record.lessons.isEmpty)
    }
}
