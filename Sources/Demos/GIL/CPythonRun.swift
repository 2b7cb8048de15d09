#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Trace

/// Runs a Python script with the machine's `python3` and collects the `name=value` lines it
/// prints: how the GIL demo puts real CPython's numbers beside its own.
///
/// The script is written to a temporary file (so `multiprocessing` can start its children with
/// any start method) and run with `posix_spawnp`, which works in a threaded process where
/// `fork` is refused. Its standard output and error come back through a pipe read with `poll`,
/// so the wait is bounded; a run past its timeout is killed. The child is always reaped.
enum CPythonRun {
    /// How a run ended.
    enum Outcome: Equatable {
        /// The script exited with status 0; its `name=value` lines, and the other lines.
        case finished(values: [String: String], otherLines: [String])
        /// No `python3` on the search path.
        case missing
        /// The script could not be run, or exited with an error; why.
        case failed(String)
        /// The script was still running after the timeout and was killed.
        case timedOut
    }

    /// The most output kept; the script prints about a dozen short lines.
    static let outputLimit = 65_536

    /// Runs `source` as `python3 FILE arguments...`, waiting at most `timeout` seconds.
    static func run(source: String, arguments: [String], timeout: Double) -> Outcome {
        guard let path = writeTemporaryScript(source) else {
            return .failed("could not write the script to a temporary file (errno \(errno))")
        }
        defer { unlink(path) }
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return .failed("pipe failed (errno \(errno))") }
        let (readEnd, writeEnd) = (ends[0], ends[1])
        // Close-on-exec on both ends: the child gets the write end only as its stdout and stderr.
        _ = fcntl(readEnd, F_SETFD, FD_CLOEXEC)
        _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)
        let spawned = spawn(["python3", path] + arguments, output: writeEnd)
        close(writeEnd)
        let pid: pid_t
        switch spawned {
        case .success(let child): pid = child
        case .failure(let error):
            close(readEnd)
            return error.code == ENOENT ? .missing : .failed("posix_spawnp python3 failed (errno \(error.code))")
        }
        let deadline = MonotonicClock.now() &+ UInt64(max(0, timeout) * 1e9)
        let (output, timedOut) = readAll(readEnd, until: deadline)
        close(readEnd)
        let status = reap(pid, killNow: timedOut, deadline: deadline)
        if timedOut { return .timedOut }
        return outcome(of: output, status: status)
    }

    private static func writeTemporaryScript(_ source: String) -> String? {
        let folder = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array("\(folder)/spindle-gil-XXXXXX.py".utf8CString)
        let fd = mkstemps(&template, 3)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let bytes = Array(source.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                unlink(path)
                return nil
            }
            written += count
        }
        return path
    }

    private static func spawn(_ words: [String], output: Int32) -> Result<pid_t, SpawnError> {
        #if canImport(Glibc)
        var actions = posix_spawn_file_actions_t()
        #else
        var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
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
               equals != line.startIndex {
                values[String(line[..<equals])] = String(line[line.index(after: equals)...])
            } else {
                others.append(String(line))
            }
        }
        // WIFEXITED and WEXITSTATUS, which Swift does not import because they are macros.
        let exited = status & 0x7f == 0
        let code = (status >> 8) & 0xff
        guard exited && code == 0 else {
            let how = exited ? "exited with status \(code)" : "was killed by signal \(status & 0x7f)"
            return .failed("python3 \(how)\(others.last.map { ": \($0)" } ?? "")")
        }
        return .finished(values: values, otherLines: others)
    }

    private struct SpawnError: Error {
        let code: Int32
    }
}
