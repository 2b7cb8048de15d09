import Multiprocessing
import Threading

/// Lesson 01: one `os.fork()`. The same call returns twice, 0 in the child and the child's pid
/// in the parent; the child reports its own pid and its parent's back through a pipe, and the
/// parent waits for it with `os.waitpid`.
public enum ForkBasicsDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "fork-basics",
        summary: "one os.fork(): what it returns in the child and in the parent, and whose pid is whose",
        parameters: [exitCode],
        results: [
            DemoResultSpec("fork_in_child", "what os.fork() returned in the child"),
            DemoResultSpec("fork_in_parent", "what os.fork() returned in the parent"),
            DemoResultSpec("child_pid", "os.getpid() in the child"),
            DemoResultSpec("child_ppid", "os.getppid() in the child: its parent's pid"),
            DemoResultSpec("parent_pid", "os.getpid() in the parent"),
            DemoResultSpec(
                "child_exit_code", "the child's exit status, as os.waitpid reported it to the parent"),
            DemoResultSpec(
                "pids_consistent", "yes when fork_in_parent = child_pid and child_ppid = parent_pid",
                values: .yesNo),
        ])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let exitCode: DemoParameterKey<Int> = .integer(
        "exit_code", 0...255, default: 0,
        "the status the child ends with, `os._exit(exit_code)`")

    /// What the child saw of itself, sent to the parent: only the demo's main process reports.
    /// It shows on the stage as the tuple a Python child would send, `(res, pid, ppid)`.
    private struct ChildView: Codable, CustomStringConvertible {
        var forkReturned: Int32
        var pid: Int32
        var ppid: Int32

        var description: String { "(\(forkReturned), \(pid), \(ppid))" }
    }

    public static func run(_ run: DemoRun) throws {
        let exitCode = Int32(run[Self.exitCode])
        let parentPID = OS.getpid()
        let (reader, writer) = try Pipe(duplex: false, name: "pids")
        run.note("parent (pid \(parentPID)) is about to call `res = os.fork()`")
        run.pause(1.5)
        let res = try OS.fork(name: "child")
        if res == 0 {
            reader.close()
            let view = ChildView(forkReturned: res, pid: OS.getpid(), ppid: OS.getppid())
            run.note("os.fork() returned \(res) here; my pid is \(view.pid), my parent's is \(view.ppid)")
            run.pause(2)
            // A child that cannot tell its parent exits with a code the parent's check will reject.
            do { try writer.send(view) } catch { OS.exit(255) }
            run.note("sent (res, os.getpid(), os.getppid()); now `os._exit(\(exitCode))`")
            OS.exit(exitCode)
        }
        writer.close()
        run.note("parent: os.fork() returned \(res) here, the pid of the new child")
        run.pause(1)
        // Reaped first, so no error reading the pipe can leave the child unwaited for; the pipe
        // keeps the child's message after it exits.
        guard let waited = try OS.waitpid(res, timeout: run.remaining(plus: 5)) else {
            throw TimeoutError("the child \(res) did not end in time")
        }
        let view = try reader.recv(ChildView.self, timeout: 5)
        let consistent = res == view.pid && view.ppid == parentPID
        run.report("fork_in_child", view.forkReturned)
        run.report("fork_in_parent", res)
        run.report("child_pid", view.pid)
        run.report("child_ppid", view.ppid)
        run.report("parent_pid", parentPID)
        run.report("child_exit_code", waited.exitCode)
        run.report("pids_consistent", consistent ? "yes" : "no")
    }
}
