import Foundation
import Stage
import TestSupport
import Testing
import TextRendering
import Trace

@testable import spindle

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `save FILE` in the REPL: nothing is replaced without a yes (or `--force` when no one can
/// answer), devices stay devices, and each write says where it went.
@Suite("Save in the REPL")
struct SaveCommandTests {
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

    /// A session with a finished run of a small demo, for `save`.
    private func sessionWithRun(interactive: Bool = false) throws -> TutorSession {
        let session = makeSession(interactive: interactive)
        let reply = session.handle("run shared-counter increments=50 lock=on")
        let launch = try #require(reply.demo, "`run` did not start a demo: \(reply.text)")
        let fast = try DemoLaunch.make(
            name: launch.descriptor.name, words: launch.words + ["speed=0"], listing: "")
        _ = session.finish(try DemoShowing.run(fast, style: .silent, console: Console()))
        return session
    }

    @Test("`save FILE` writes the trace and says where, with how many events")
    func saveNewFile() throws {
        let session = try sessionWithRun()
        let path = state.path + "/run.jsonl"
        let text = unwrapped(session.handle("save \(path)").text)
        let events = try JSONLines.decode(String(contentsOfFile: path, encoding: .utf8))
        #expect(text == "Trace saved to \(path) (\(events.count) events). `replay \(path)` plays it.\n")
    }

    @Test("an existing file is refused without a terminal, and `save --force` replaces it")
    func existingFileWithoutTerminal() throws {
        let session = try sessionWithRun()
        let path = try state.write("run.jsonl", "keep me\n").path
        #expect(
            unwrapped(session.handle("save \(path)").text)
                == "\(path) already exists; `save --force \(path)` replaces it\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me\n")
        #expect(
            unwrapped(session.handle("save --force \(path)").text).hasPrefix(
                "Trace saved to \(path), replacing the file"))
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix(#"{"format":"spindle-trace""#))
    }

    @Test("at a terminal, an existing file is replaced only after a yes to `overwrite FILE? [y/N]`")
    func existingFileAsksFirst() throws {
        let session = try sessionWithRun(interactive: true)
        let path = try state.write("run.jsonl", "keep me\n").path
        let reply = session.handle("save \(path)")
        #expect(reply.text.isEmpty)
        let question = try #require(reply.confirmation)
        #expect(question.question == "overwrite \(path)? [y/N] ")
        #expect(question.declined == "Nothing saved; \(path) is as it was.\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me\n")
        #expect(!Confirmation.isYes("") && !Confirmation.isYes("n") && Confirmation.isYes(" Y "))
        #expect(
            unwrapped(session.handle(question.command).text).hasPrefix("Trace saved to \(path), replacing"))
    }

    @Test(
        "`save` to a full device reports the error, not success, and the device stays a device",
        .enabled(if: DeviceNode.permitted, "creating device nodes (mknod) is not permitted here"))
    func saveToFullDevice() throws {
        let session = try sessionWithRun()
        let full = try DeviceNode.copy(of: "/dev/full", into: state)
        let null = try DeviceNode.copy(of: "/dev/null", into: state)
        let nullBefore = DeviceNode.identity(null)
        #expect(
            unwrapped(session.handle("save \(full)").text)
                == "cannot write \(full): no space left on the device\n")
        #expect(DeviceNode.identity(full).first == UInt64(S_IFCHR))
        let throughDevice = unwrapped(session.handle("save \(null)").text)
        #expect(throughDevice.hasPrefix("Trace written to \(null) ("))
        #expect(!throughDevice.contains("replay"), "a device holds nothing to replay")
        #expect(DeviceNode.identity(null) == nullBefore)
    }

    @Test("`save` into a missing folder names the folder")
    func saveToMissingFolder() throws {
        let session = try sessionWithRun()
        let path = state.path + "/traces/run.jsonl"
        #expect(
            unwrapped(session.handle("save \(path)").text)
                == "cannot write \(path): the folder \(state.path)/traces does not exist; create it or choose another\n"
        )
    }
}
