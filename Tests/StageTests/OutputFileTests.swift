import Foundation
import Testing

@testable import Stage

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The writer behind --trace, --chrome-trace, --record and `save`: it must leave devices, pipes
/// and links what they were, never replace a file unasked, and say what went wrong in one line.
@Suite("Output files")
struct OutputFileTests {
    let folder: ScratchFolder

    init() throws {
        folder = try ScratchFolder()
    }

    private func contents(_ path: String) -> String? {
        try? String(contentsOfFile: path, encoding: .utf8)
    }

    private func fileType(_ path: String) -> mode_t {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : 0
    }

    @Test("a new file is created whole and no temporary is left beside it")
    func newFile() throws {
        let path = folder.path + "/run.jsonl"
        let receipt = try OutputFile.write(Data("new\n".utf8), to: OutputPath(path))
        #expect(receipt == OutputReceipt(path: path, kind: .created))
        #expect(contents(path) == "new\n")
        #expect(try folder.names() == ["run.jsonl"])
    }

    @Test("an existing file is refused unless replacing is allowed, and then keeps its permissions")
    func existingFile() throws {
        let path = try folder.write("run.jsonl", "old\n")
        chmod(path, 0o640)
        #expect(throws: OutputFileError.exists(path: path, what: .file)) {
            try OutputFile.check(OutputPath(path))
        }
        #expect(throws: OutputFileError.exists(path: path, what: .file)) {
            try OutputFile.write(Data("new\n".utf8), to: OutputPath(path))
        }
        #expect(contents(path) == "old\n")
        let receipt = try OutputFile.write(Data("new\n".utf8), to: OutputPath(path, mayReplace: true))
        #expect(receipt.kind == .replaced)
        #expect(contents(path) == "new\n")
        var status = stat()
        stat(path, &status)
        #expect(status.st_mode & 0o777 == 0o640)
        #expect(try folder.names() == ["run.jsonl"])
    }

    @Test("a symbolic link is followed: the link stays a link and its target gets the data")
    func symbolicLink() throws {
        let target = try folder.write("real.jsonl", "old\n")
        let link = folder.path + "/link.jsonl"
        #expect(symlink("real.jsonl", link) == 0)
        #expect(throws: OutputFileError.exists(path: link, what: .file)) {
            try OutputFile.write(Data("new\n".utf8), to: OutputPath(link))
        }
        try OutputFile.write(Data("new\n".utf8), to: OutputPath(link, mayReplace: true))
        #expect(fileType(link) == S_IFLNK)
        #expect(contents(target) == "new\n")

        let dangling = folder.path + "/dangling.jsonl"
        #expect(symlink("later.jsonl", dangling) == 0)
        let receipt = try OutputFile.write(Data("made\n".utf8), to: OutputPath(dangling))
        #expect(receipt.kind == .created)
        #expect(fileType(dangling) == S_IFLNK)
        #expect(contents(folder.path + "/later.jsonl") == "made\n")
    }

    @Test(
        "a null device is written through and is still the same device afterwards",
        .enabled(if: DeviceNodes.permitted, "creating device nodes (mknod) is not permitted here"))
    func nullDevice() throws {
        let device = try DeviceNodes.copy(of: "/dev/null", into: folder)
        let before = DeviceNodes.identity(device)
        let receipt = try OutputFile.write(Data(repeating: 65, count: 100_000), to: OutputPath(device))
        #expect(receipt.kind == .wroteThrough)
        #expect(fileType(device) == S_IFCHR)
        #expect(DeviceNodes.identity(device) == before)
        #expect(try folder.names() == ["null"])
    }

    @Test(
        "a full device reports the write error, in words, and stays a device",
        .enabled(if: DeviceNodes.permitted, "creating device nodes (mknod) is not permitted here"))
    func fullDevice() throws {
        let device = try DeviceNodes.copy(of: "/dev/full", into: folder)
        #expect(throws: OutputFileError.cannotWrite(path: device, reason: "no space left on the device")) {
            try OutputFile.write(Data("trace\n".utf8), to: OutputPath(device))
        }
        #expect(fileType(device) == S_IFCHR)
    }

    @Test("a named pipe with a reader gets every byte, however many, and stays a pipe")
    func namedPipe() throws {
        let pipe = folder.path + "/fifo"
        #expect(mkfifo(pipe, 0o600) == 0)
        // Open the reading end first (without waiting for a writer), then drain it on a thread
        // while the writer fills the pipe many times over.
        let reader = open(pipe, O_RDONLY | O_NONBLOCK)
        try #require(reader >= 0)
        let received = PipeDrain(descriptor: reader)
        let payload = Data((0..<300_000).map { UInt8($0 % 251) })
        let receipt = try OutputFile.write(payload, to: OutputPath(pipe))
        #expect(receipt.kind == .wroteThrough)
        #expect(received.finish() == payload)
        #expect(fileType(pipe) == S_IFIFO)
    }

    @Test("a named pipe nobody reads is an error at once, not a wait")
    func namedPipeWithoutReader() throws {
        let pipe = folder.path + "/fifo"
        #expect(mkfifo(pipe, 0o600) == 0)
        #expect(throws: OutputFileError.noReader(path: pipe)) {
            try OutputFile.write(Data("x".utf8), to: OutputPath(pipe))
        }
        #expect(fileType(pipe) == S_IFIFO)
    }

    @Test("a reader that closes the pipe early is an error, not SIGPIPE ending the process")
    func readerClosesEarly() throws {
        let pipe = folder.path + "/fifo"
        #expect(mkfifo(pipe, 0o600) == 0)
        let reader = open(pipe, O_RDONLY | O_NONBLOCK)
        try #require(reader >= 0)
        let closer = PipeDrain(descriptor: reader, stopAfter: 1)
        #expect(
            throws: OutputFileError.cannotWrite(
                path: pipe, reason: "the reader closed the pipe before everything was written")
        ) {
            try OutputFile.write(Data(repeating: 1, count: 1 << 20), to: OutputPath(pipe))
        }
        _ = closer.finish()
    }

    @Test("a missing folder is named before anything is written")
    func missingFolder() throws {
        let path = folder.path + "/missing/sub/run.jsonl"
        let error = try #require(throws: OutputFileError.self) { try OutputFile.check(OutputPath(path)) }
        #expect(error == .missingFolder(path: path, folder: folder.path + "/missing/sub"))
        #expect(
            error.description
                == "cannot write \(path): the folder \(folder.path)/missing/sub does not exist; "
                + "create it or choose another")
        #expect(throws: OutputFileError.self) { try OutputFile.write(Data(), to: OutputPath(path)) }
        #expect(try folder.names().isEmpty)
    }

    @Test("a file where a folder should be, a folder where a file should be, are each named")
    func wrongKinds() throws {
        let file = try folder.write("notes.txt", "x")
        #expect(throws: OutputFileError.notAFolder(path: file + "/run.jsonl", folder: file)) {
            try OutputFile.check(OutputPath(file + "/run.jsonl"))
        }
        #expect(throws: OutputFileError.isFolder(path: folder.path)) {
            try OutputFile.check(OutputPath(folder.path))
        }
        #expect(throws: OutputFileError.isFolder(path: folder.path + "/new/")) {
            try OutputFile.check(OutputPath(folder.path + "/new/", mayReplace: true))
        }
    }

    @Test("a folder that takes no new files is reported as such, before or during the write")
    func unwritableFolder() throws {
        let locked = folder.path + "/locked"
        mkdir(locked, 0o555)
        let path = locked + "/run.jsonl"
        let expected = OutputFileError.folderNotWritable(
            path: path, folder: locked, reason: "permission denied")
        if getuid() != 0 {
            #expect(throws: expected) { try OutputFile.check(OutputPath(path)) }
        } else {
            // root passes every permission check; a thread whose file-system user is `nobody` does not.
            let outcome = try AsUnprivilegedThread.run {
                try OutputFile.write(Data("x".utf8), to: OutputPath(path))
            }
            #expect(throws: expected) { try outcome.get() }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: locked).isEmpty)
    }

    @Test("file names are printed without their escape sequences or line breaks")
    func sanitizedNames() {
        let error = OutputFileError.missingFolder(path: "a\u{1B}]52;c;SGk=\u{07}\nb/x", folder: "a\u{1B}[2J")
        #expect(!error.description.contains("\u{1B}"))
        #expect(!error.description.contains("\n"))
    }

    @Test("temporaries of writers that died are removed, those of running processes kept")
    func staleTemporaries() throws {
        let dead = DeadProcess.pid()
        try folder.write(".run.jsonl.\(dead).tmp", "half")
        try folder.write(".run.jsonl.\(getppid()).tmp", "in progress")
        try folder.write(".other.jsonl.\(dead).tmp", "someone else's")
        try OutputFile.write(Data("x".utf8), to: OutputPath(folder.path + "/run.jsonl"))
        #expect(
            try folder.names() == [".other.jsonl.\(dead).tmp", ".run.jsonl.\(getppid()).tmp", "run.jsonl"])
    }
}
