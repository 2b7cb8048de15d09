import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program to completion with posix_spawn and waitpid. Foundation's `Process` was not
/// used: a tmux server started by a child inherits its pipes, and on Linux `Process` then
/// waited for an exit it had already missed.
public enum ChildProcess {
    /// What a finished program printed and how it ended.
    public struct Outcome {
        public var status: Int32
        public var output: String
        public var errors: String
    }

    /// Runs `arguments[0]` (looked up in PATH) with `input` on standard input.
    public static func run(_ arguments: [String], environment: [String: String], input: String = "") throws
        -> Outcome
    {
        try start(arguments, environment: environment, input: input).wait()
    }

    /// Starts `arguments[0]` (looked up in PATH) with `input` on standard input; with
    /// `newSession`, as the leader of a session of its own, so that every process it leaves
    /// behind can be found by its session id.
    public static func start(
        _ arguments: [String], environment: [String: String], input: String = "", newSession: Bool = false
    ) throws -> Started {
        let folder = try TemporaryFolder()
        let inputFile = try folder.write("stdin", input)
        let outputPath = folder.path + "/stdout"
        let errorPath = folder.path + "/stderr"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inputFile.path, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        // The test runner's threads block most signals and posix_spawn passes the mask on:
        // start children with none blocked and default handlers, as a shell would.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGPIPE, SIGTERM, SIGCHLD, SIGWINCH, SIGTSTP] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF
        if newSession { flags |= sessionFlag }
        posix_spawnattr_setflags(&attributes, Int16(flags))
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw ChildProcessError("cannot start \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        return Started(pid: pid, folder: folder, outputPath: outputPath, errorPath: errorPath)
    }

    /// glibc's POSIX_SPAWN_SETSID (since 2.26), which Swift does not import.
    private static let sessionFlag: Int32 = 0x80

    /// A program that was started and has not been waited for yet.
    public struct Started {
        public let pid: pid_t
        /// Holds its input and output files until it has been waited for.
        public let folder: TemporaryFolder
        public let outputPath: String
        public let errorPath: String

        /// Waits for the program to end and returns what it printed.
        public func wait() throws -> Outcome {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 {
                guard errno == EINTR else {
                    throw ChildProcessError("waitpid failed: \(String(cString: strerror(errno)))")
                }
            }
            let exitCode = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
            return Outcome(
                status: exitCode,
                output: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
                errors: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "")
        }

        /// Sends `signal` to the program.
        public func send(_ signal: Int32) {
            kill(pid, signal)
        }
    }
}

public struct ChildProcessError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
