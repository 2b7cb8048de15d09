import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// --trace, --chrome-trace and --record as a student types them: checked before the demo runs,
/// written through devices, pipes and links without replacing them, never over a file unasked,
/// and each write said in one line on standard error.
@Suite("Output options")
struct OutputOptionsTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    private func spindle(_ arguments: [String]) throws -> ChildProcess.Outcome {
        try SpindleBinary.run(arguments, stateFolder: folder.path + "/state")
    }

    private let quickRun = ["run", "shared-counter", "increments=50", "lock=on", "speed=0"]

    @Test("a missing folder is named in one line before the demo starts")
    func missingFolder() throws {
        let path = folder.path + "/nowhere/run.jsonl"
        let run = try spindle(quickRun + ["--plain", "--trace", path])
        #expect(run.status == 1)
        #expect(
            run.errors
                == "Error: --trace: cannot write \(path): the folder \(folder.path)/nowhere does not exist; "
                + "create it or choose another\n")
        #expect(run.output.isEmpty, "the demo must not have run")
        let replay = try spindle([
            "replay", try StageFixtures.writeTrace(in: folder), "--plain", "--chrome-trace", path,
        ])
        #expect(replay.status == 1)
        #expect(replay.errors.contains("the folder \(folder.path)/nowhere does not exist"))
        #expect(replay.output.isEmpty)
    }

    @Test("an existing file is refused before the run, and replaced with --force, which is said")
    func existingFile() throws {
        let path = try folder.write("run.jsonl", "keep me\n").path
        let refused = try spindle(quickRun + ["--plain", "--trace", path])
        #expect(refused.status == 1)
        #expect(
            refused.errors == "Error: --trace: \(path) already exists; add --force to replace it, "
                + "or choose another name\n")
        #expect(refused.output.isEmpty)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me\n")

        let forced = try spindle(quickRun + ["--plain", "--trace", path, "--force"])
        #expect(forced.status == 0)
        #expect(forced.errors.hasPrefix("Trace saved to \(path), replacing the file that was there ("))
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix(#"{"format":"spindle-trace""#))
        #expect(TraceSchemaConformance.problems(inFile: path).isEmpty)
    }

    @Test(
        "--json output stays pure JSON while the trace goes through a null device, which stays a device",
        .enabled(if: DeviceNode.permitted, "creating device nodes (mknod) is not permitted here"))
    func nullDevice() throws {
        let device = try DeviceNode.copy(of: "/dev/null", into: folder)
        let before = DeviceNode.identity(device)
        let run = try spindle(quickRun + ["--json", "--trace", device])
        #expect(run.status == 0)
        #expect(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) is [String: Any])
        #expect(run.errors.hasPrefix("Trace written to \(device) ("))
        #expect(DeviceNode.identity(device) == before)
    }

    @Test(
        "a full device reports the write error, and the results are still shown",
        .enabled(if: DeviceNode.permitted, "creating device nodes (mknod) is not permitted here"))
    func fullDevice() throws {
        let device = try DeviceNode.copy(of: "/dev/full", into: folder)
        let run = try spindle(quickRun + ["--plain", "--chrome-trace", device])
        #expect(run.status == 1)
        #expect(run.errors == "Error: --chrome-trace: cannot write \(device): no space left on the device\n")
        #expect(run.output.contains("result lost=0"))
        #expect(DeviceNode.identity(device).first == UInt64(S_IFCHR))
    }

    @Test("a named pipe gets the whole trace and stays a pipe")
    func namedPipe() throws {
        let pipe = folder.path + "/fifo"
        #expect(mkfifo(pipe, 0o600) == 0)
        let reader = try PipeReader(pipe)
        let run = try spindle(quickRun + ["--plain", "--trace", pipe])
        #expect(run.status == 0)
        #expect(run.errors.hasPrefix("Trace written to \(pipe) ("))
        let received = reader.finish()
        #expect(received.hasPrefix(#"{"format":"spindle-trace""#))
        #expect(received.hasSuffix("}\n"))
        #expect(TraceSchemaConformance.problems(in: received).isEmpty)
        var status = stat()
        lstat(pipe, &status)
        #expect(status.st_mode & S_IFMT == S_IFIFO)
    }

    @Test("a symbolic link is followed: it stays a link and the file it names gets the trace")
    func symbolicLink() throws {
        let target = try folder.write("real.jsonl", "old\n").path
        let link = folder.path + "/latest.jsonl"
        #expect(symlink(target, link) == 0)
        let refused = try spindle(quickRun + ["--plain", "--trace", link])
        #expect(refused.status == 1)
        #expect(refused.errors.contains("\(link) already exists; add --force"))
        let forced = try spindle(quickRun + ["--plain", "--trace", link, "--force"])
        #expect(forced.status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix(#"{"format":"spindle-trace""#))
        #expect(TraceSchemaConformance.problems(inFile: target).isEmpty)
    }

    @Test("two options naming one file are refused before the run")
    func sameFileTwice() throws {
        let path = folder.path + "/both.json"
        let run = try spindle(quickRun + ["--plain", "--trace", path, "--chrome-trace", path])
        #expect(run.status == 1)
        #expect(run.errors.contains("--trace and --chrome-trace name the same file"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
