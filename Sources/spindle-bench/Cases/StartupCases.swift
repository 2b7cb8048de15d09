import Foundation
import Trace

#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Start-up: how soon `spindle lessons` lists the course, as a fresh process each time, the
/// way a student types it.
enum StartupCases {
    static var all: [BenchCase] {
        [
            BenchCase(
                "startup_lessons", work: 20,
                notes: "`spindle lessons` run as a child process to its end, per second (20/s = 50 ms each)",
                targets: [.atLeast(20)]
            ) { n in
                let child = try SpindleChild()
                defer { child.removeStateFolder() }
                return try rate(n) {
                    for _ in 0..<n { try child.run(["lessons"]) }
                }
            }
        ]
    }
}

/// The `spindle` built beside this benchmark, run with its output thrown away, the built-in
/// course and a state folder of its own (no progress, and the student's own left alone).
private struct SpindleChild {
    /// A run that has not ended by then is killed and reported.
    static let timeLimit: UInt64 = 30_000_000_000

    let path: String
    let stateFolder: String
    let environment: [String]

    init() throws {
        let folder = Bundle.main.executableURL?.deletingLastPathComponent().path ?? "."
        path = folder + "/spindle"
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw BenchFailure(
                "no spindle executable at \(path): build it beside the benchmark, e.g. "
                    + "`swift build -c release --product spindle`")
        }
        stateFolder = NSTemporaryDirectory() + "spindle-bench-state-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: stateFolder, withIntermediateDirectories: true)
        var variables = ProcessInfo.processInfo.environment
        variables["SPINDLE_LESSONS"] = nil
        variables["XDG_STATE_HOME"] = stateFolder
        environment = variables.map { "\($0.key)=\($0.value)" }
    }

    func removeStateFolder() {
        try? FileManager.default.removeItem(atPath: stateFolder)
    }

    /// Starts spindle with `arguments` and waits for it, at most ``timeLimit``; it is always reaped.
    func run(_ arguments: [String]) throws {
        let pid = try spawn(arguments)
        let deadline = MonotonicClock.now() + Self.timeLimit
        var status: Int32 = 0
        while true {
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid { break }
            if reaped < 0 && errno != EINTR {
                throw BenchFailure("cannot wait for spindle (errno \(errno))")
            }
            if MonotonicClock.now() > deadline {
                kill(pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                throw BenchFailure("spindle \(arguments.joined(separator: " ")) did not end within 30 s")
            }
            usleep(100)
        }
        guard status == 0 else {
            throw BenchFailure("spindle \(arguments.joined(separator: " ")) ended with wait status \(status)")
        }
    }

    private func spawn(_ arguments: [String]) throws -> pid_t {
        #if canImport(Glibc)
        var actions = posix_spawn_file_actions_t()
        #else
        var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer { for word in argv + envp { free(word) } }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, path, &actions, nil, argv, envp)
        guard code == 0 else { throw BenchFailure("cannot start \(path) (errno \(code))") }
        return pid
    }
}
