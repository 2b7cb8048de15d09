import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way Spindle writes a file the user named (`--trace`, `--chrome-trace`, `--record`,
/// `save`) and its own progress file.
///
/// It writes as `cp` and `tee` do: a symbolic link is followed to its target; a device or a
/// named pipe is opened and written through, so `/dev/null` stays a device; a regular file is
/// written to a temporary beside it and renamed into place, so a reader never sees half a file,
/// and an existing one is replaced only when ``OutputPath/mayReplace`` says so.
public enum OutputFile {
    /// Checks, before any work that produces the output, that writing `output` would succeed
    /// as far as can be known beforehand, and would not replace a file unasked.
    public static func check(_ output: OutputPath) throws(OutputFileError) {
        _ = try OutputTarget.resolve(output)
    }

    /// Writes `data` to `output`. `permissions` apply to a new file (less the umask); a replaced
    /// file keeps its own.
    @discardableResult
    public static func write(
        _ data: Data, to output: OutputPath, permissions: mode_t = 0o666
    ) throws(OutputFileError) -> OutputReceipt {
        let target = try OutputTarget.resolve(output)
        switch target.kind {
        case .absent:
            try writeAtomically(data, to: target, permissions: permissions, mayReplace: output.mayReplace)
            return OutputReceipt(path: output.path, kind: .created)
        case .regularFile(let existing):
            try writeAtomically(data, to: target, permissions: existing, mayReplace: true)
            return OutputReceipt(path: output.path, kind: .replaced)
        case .passThrough, .blockDevice:
            try writeThrough(data, to: target)
            return OutputReceipt(path: output.path, kind: .wroteThrough)
        }
    }

    /// Removes the temporaries that writers of `path` which no longer run left beside it
    /// (`.NAME.PID.tmp`, see ``write(_:to:permissions:)``): a writer killed between creating
    /// its temporary and renaming it leaves one behind. A temporary of a live process is kept.
    public static func removeStaleTemporaries(of path: String) {
        let folder = OutputTarget.folder(of: path)
        let prefix = "." + OutputTarget.name(of: path) + "."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let middle = name.dropFirst(prefix.count).dropLast(".tmp".count)
            guard let pid = pid_t(middle), pid > 0, pid != getpid(), !isRunning(pid) else { continue }
            let temporary = folder + "/" + name
            var status = stat()
            if lstat(temporary, &status) == 0, status.st_mode & S_IFMT == S_IFREG { unlink(temporary) }
        }
    }

    /// The temporary a process writes before renaming it to `file`; the pid in its name tells
    /// later runs whether its writer is gone.
    private static func temporary(for file: String) -> String {
        OutputTarget.folder(of: file) + "/." + OutputTarget.name(of: file) + ".\(getpid()).tmp"
    }

    private static func isRunning(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno != ESRCH
    }

    /// Temporary, flushed to disk, then renamed (or, when nothing may be replaced, linked, which
    /// fails rather than replace a file that appeared meanwhile).
    private static func writeAtomically(
        _ data: Data, to target: OutputTarget, permissions: mode_t, mayReplace: Bool
    ) throws(OutputFileError) {
        removeStaleTemporaries(of: target.file)
        let temporary = temporary(for: target.file)
        unlink(temporary)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, permissions)
        guard descriptor >= 0 else {
            throw .folderNotWritable(
                path: target.path, folder: target.folder, reason: OutputFileError.reason(errno))
        }
        // close releases the descriptor even when it fails, so it must never be called twice.
        var closed = false
        do throws(OutputFileError) {
            // A replaced file keeps its permissions exactly; `open` applied the umask to them.
            if case .regularFile = target.kind { fchmod(descriptor, permissions) }
            try writeAll(data, to: descriptor, path: target.path)
            guard fsync(descriptor) == 0 else {
                throw .cannotWrite(path: target.path, reason: OutputFileError.reason(errno))
            }
            closed = true
            guard close(descriptor) == 0 else {
                throw .cannotWrite(path: target.path, reason: OutputFileError.reason(errno))
            }
        } catch {
            if !closed { close(descriptor) }
            unlink(temporary)
            throw error
        }
        defer { unlink(temporary) }
        if mayReplace {
            guard rename(temporary, target.file) == 0 else {
                throw .cannotWrite(path: target.path, reason: OutputFileError.reason(errno))
            }
        } else if link(temporary, target.file) != 0 {
            switch errno {
            case EEXIST: throw .exists(path: target.path, what: .appearedMeanwhile)
            case EPERM, ENOTSUP, EXDEV, EMLINK:
                // A file system without hard links: check once more, then rename.
                var status = stat()
                guard lstat(target.file, &status) != 0, errno == ENOENT else {
                    throw .exists(path: target.path, what: .appearedMeanwhile)
                }
                guard rename(temporary, target.file) == 0 else {
                    throw .cannotWrite(path: target.path, reason: OutputFileError.reason(errno))
                }
            default:
                throw .cannotWrite(path: target.path, reason: OutputFileError.reason(errno))
            }
        }
        syncFolder(target.folder)
    }

    /// Opens a device or named pipe without creating or truncating anything. A pipe is opened
    /// without waiting: with no reader, opening would block until one came.
    private static func writeThrough(_ data: Data, to target: OutputTarget) throws(OutputFileError) {
        let descriptor = open(target.file, O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENXIO, target.kind == .passThrough(isPipe: true) { throw .noReader(path: target.path) }
            throw .notWritable(path: target.path, reason: OutputFileError.reason(code))
        }
        defer { close(descriptor) }
        // Blocking writes from here on: a slow reader is waited for, as `tee` waits.
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        try withoutBrokenPipeSignal { () throws(OutputFileError) in
            try writeAll(data, to: descriptor, path: target.path)
        }
    }

    /// A reader that closes a pipe early must be an error message, not SIGPIPE ending Spindle:
    /// the signal is held for this thread while writing, and a pending one is taken.
    private static func withoutBrokenPipeSignal(_ body: () throws(OutputFileError) -> Void)
        throws(OutputFileError)
    {
        var pipeSignal = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        var previous = sigset_t()
        pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
        defer {
            var pending = sigset_t()
            sigpending(&pending)
            if sigismember(&pending, SIGPIPE) == 1, sigismember(&previous, SIGPIPE) == 0 {
                var taken: Int32 = 0
                sigwait(&pipeSignal, &taken)
            }
            pthread_sigmask(SIG_SETMASK, &previous, nil)
        }
        try body()
    }

    private static func writeAll(_ data: Data, to descriptor: Int32, path: String) throws(OutputFileError) {
        let failure: Int32? = data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        if let failure { throw .cannotWrite(path: path, reason: OutputFileError.reason(failure)) }
    }

    /// write(2); inside this type, `write` names ``write(_:to:permissions:)``.
    private static func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(descriptor, bytes, count)
        #else
        Darwin.write(descriptor, bytes, count)
        #endif
    }

    /// Makes the rename itself durable; a failure here loses nothing already written.
    private static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
