import Messages
import Trace

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a Python script with the machine's `python3` and collects the `name=value` lines it
/// prints: how the GIL demo puts real CPython's numbers beside its own, and how
/// `spindle explore --python` runs a lab program many times.
///
/// The script goes to `python3 -` on its standard input, through a pipe filled before the child
/// starts: no file is left behind, however the run ends (a temporary file would outlive a
/// SIGKILL). It runs with `posix_spawnp`, which works in a threaded process where `fork` is
/// refused. Its standard output and error come back through a pipe read with `poll`, so the
/// wait is bounded; a run past its timeout is killed. The child is always reaped.
public enum CPythonRun {
    /// How a run ended.
    public enum Outcome: Equatable {
        /// The script exited with status 0; its `name=value` lines, and the other lines.
        case finished(values: [String: String], otherLines: [String])
        /// No `python3` on the search path.
        case missing
        /// The script could not be run, or exited with an error; why, in the current language.
        case failed(String)
        /// The script was still running after the timeout and was killed.
        case timedOut
    }

    /// The most output kept; the script prints about a dozen short lines.
    static let outputLimit = 65_536

    /// Runs `source` as `python3 FILE arguments...`, waiting at most `timeout` seconds.
    public static func run(source: String, arguments: [String], timeout: Double) -> Outcome {
        guard let script = scriptInput(source) else {
            return .failed(Messages.text("demos.cpython.error.script-pipe", ["errno": "\(errno)"]))
        }
        defer { close(script) }
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else {
            return .failed(Messages.text("demos.cpython.error.pipe", ["errno": "\(errno)"]))
        }
        let (readEnd, writeEnd) = (ends[0], ends[1])
        // Close-on-exec on both ends: the child gets the write end only as its stdout and stderr.
        _ = fcntl(readEnd, F_SETFD, FD_CLOEXEC)
        _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)
        let spawned = spawn(["python3", "-"] + arguments, input: script, output: writeEnd)
        close(writeEnd)
        let pid: pid_t
        switch spawned {
        case .success(let child): pid = child
        case .failure(let error):
            close(readEnd)
            return error.code == ENOENT
                ? .missing : .failed(Messages.text("demos.cpython.error.spawn", ["errno": "\(error.code)"]))
        }
        let deadline = MonotonicClock.now() &+ UInt64(max(0, timeout) * 1e9)
        let (output, timedOut) = readAll(readEnd, until: deadline)
        close(readEnd)
        let status = reap(pid, killNow: timedOut, deadline: deadline)
        if timedOut { return .timedOut }
        return outcome(of: output, status: status)
    }

    /// The largest script passed: a pipe holds at least 16 KiB on every system Spindle runs on,
    /// so writing it before the reader starts cannot block.
    static let scriptLimit = 16_384

    /// A pipe's read end holding all of `source`, closed for writing, to become the child's
    /// standard input; close-on-exec, so only the dup2 in the child keeps it open there.
    private static func scriptInput(_ source: String) -> Int32? {
        let bytes = Array(source.utf8)
        guard bytes.count <= scriptLimit else {
            errno = EFBIG
            return nil
        }
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return nil }
        _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        defer { close(ends[1]) }
        var written = 0
        while written < bytes.count {
            // The read end is still open here, so the write cannot raise SIGPIPE.
            let count = bytes[written...].withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                close(ends[0])
                return nil
            }
            written += count
        }
        return ends[0]
    }

    private static func spawn(_ words: [String], input: Int32, output: Int32) -> Result<pid_t, SpawnError> {
        #if canImport(Glibc)
        var actions = posix_spawn_file_actions_t()
        #else
        var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input, 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, output, 2)
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { for word in argv { free(word) } }
        var pid: pid_t = 0
        #if canImport(Glibc)
        let code = posix_spawnp(&pid, "python3", &actions, nil, argv, environ)
        #else
        let code = posix_spawnp(&pid, "python3", &actions, nil, argv, nil)
        #endif
        return code == 0 ? .success(pid) : .failure(SpawnError(code: code))
    }

    /// Reads until end of file or `deadline`; returns the bytes and whether the deadline came first.
    private static func readAll(_ fd: Int32, until deadline: UInt64) -> ([UInt8], Bool) {
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4_096)
        while true {
            let now = MonotonicClock.now()
            guard now < deadline else { return (output, true) }
            let milliseconds = Int32(min((deadline - now) / 1_000_000 + 1, 1_000))
            var watched = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&watched, 1, milliseconds)
            if ready < 0 && errno == EINTR { continue }
            guard ready >= 0 else { return (output, false) }
            if ready == 0 { continue }
            let count = read(fd, &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return (output, false) }
            if output.count < outputLimit { output += buffer[0..<count] }
        }
    }

    /// Waits for `pid` to end: kills it at once if `killNow`, or after a short grace past
    /// `deadline` if it closed its output but lingers. Returns its wait status.
    private static func reap(_ pid: pid_t, killNow: Bool, deadline: UInt64) -> Int32 {
        var status: Int32 = 0
        if killNow { kill(pid, SIGKILL) }
        let giveUp = max(deadline, MonotonicClock.now()) &+ 2_000_000_000
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { return status }
            if result < 0 && errno != EINTR { return status }
            if MonotonicClock.now() >= giveUp {
                kill(pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                return status
            }
            usleep(10_000)
        }
    }

    private static func outcome(of output: [UInt8], status: Int32) -> Outcome {
        var values: [String: String] = [:]
        var others: [String] = []
        for line in String(decoding: output, as: UTF8.self).split(separator: "\n") {
            if let equals = line.firstIndex(of: "="),
                line[..<equals].allSatisfy({ $0 == "_" || $0.isNumber || ($0.isLetter && $0.isLowercase) }),
                equals != line.startIndex
            {
                values[String(line[..<equals])] = String(line[line.index(after: equals)...])
            } else {
                others.append(String(line))
            }
        }
        // WIFEXITED and WEXITSTATUS, which Swift does not import because they are macros.
        let exited = status & 0x7f == 0
        let code = (status >> 8) & 0xff
        guard exited && code == 0 else {
            // Whole sentences, with and without python3's last line, rather than spliced fragments.
            let how = exited ? "exited" : "killed"
            let number = exited ? "\(code)" : "\(status & 0x7f)"
            guard let last = others.last else {
                return .failed(Messages.text("demos.cpython.error.\(how)", ["number": number]))
            }
            return .failed(
                Messages.text("demos.cpython.error.\(how)-saying", ["number": number, "output": last]))
        }
        return .finished(values: values, otherLines: others)
    }

    private struct SpawnError: Error {
        let code: Int32
    }
}

extension DemoRun {
    /// Shows a script the demo is about to run, one numbered line per note, as the stage and
    /// the narration show a listing.
    func noteScript(_ fileName: String, _ source: String) {
        note(Messages.text("demos.cpython.note.script", ["file": fileName]))
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        for (index, line) in lines.enumerated() {
            let number = String(index + 1)
            note(String(repeating: " ", count: max(0, 3 - number.count)) + number + " | " + line)
        }
    }
}
