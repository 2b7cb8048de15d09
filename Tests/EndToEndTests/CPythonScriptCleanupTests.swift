import Foundation
import TestSupport
import Testing

/// The demos that run real CPython leave nothing in the temporary folder, even when everything
/// is killed while python3 runs: the script goes to python3 on its standard input.
@Suite("CPython script cleanup", .serialized)
struct CPythonScriptCleanupTests {
    static let tools = ["python3", "setsid", "pkill", "pgrep"].allSatisfy { tool in
        ["/usr/bin/", "/bin/", "/usr/local/bin/"].contains {
            FileManager.default.isExecutableFile(atPath: $0 + tool)
        }
    }

    @Test(
        "killing spindle, its demo and python3 with SIGKILL leaves no script in TMPDIR",
        .enabled(if: tools, "needs python3, setsid, pgrep and pkill"),
        // A time limit well above the Swift part's length, which a loaded machine stretches: the
        // demo must reach python3 before it stops.
        arguments: ["gil cpu_task_s=0.5 io_task_s=0.5 time_limit=300", "lock-race increments=100"])
    func killedRunLeavesNoFile(demo: String) throws {
        let temporary = try TemporaryFolder()
        let logs = try TemporaryFolder()
        // setsid makes spindle the leader of a session of its own; everything it starts stays
        // in that session, so `pkill -s` kills exactly those processes, and no cleanup runs.
        let script = """
            setsid "$SPINDLE" run \(demo) cpython=on speed=0 --plain > "$LOG" 2>&1 &
            leader=$!
            tries=0
            until pgrep -s "$leader" -f 'python3 -' > /dev/null; do
                tries=$((tries + 1))
                if [ "$tries" -gt 1200 ]; then echo "python3 never started"; break; fi
                sleep 0.1
            done
            sleep 0.3
            pkill -KILL -s "$leader"
            wait
            ls -A "$TMPDIR"
            """
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = temporary.path
        environment["SPINDLE"] = SpindleBinary.url.path
        environment["LOG"] = logs.path + "/run.log"
        environment["XDG_STATE_HOME"] = logs.path
        let outcome = try ChildProcess.run(["sh", "-c", script], environment: environment)
        #expect(!outcome.output.contains("python3 never started"), "\(outcome.output)")
        let left = try FileManager.default.contentsOfDirectory(atPath: temporary.path)
        #expect(left.filter { $0.hasPrefix("spindle") || $0.hasSuffix(".py") } == [], "left behind: \(left)")
    }
}
