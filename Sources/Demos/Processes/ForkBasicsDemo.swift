import Multiprocessing
import Threading

/// Lesson 01: one `os.fork()`. The same call returns twice, 0 in the child and the child's pid
/// in the parent; the child reports its own pid and its parent's back through a pipe, and the
/// parent waits for it with `os.waitpid`.
public enum ForkBasicsDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "fork-basics",
        parameters: [exitCode],
        results: [
            DemoResultSpec("fork_in_child"),
            DemoResultSpec("fork_in_parent"),
            DemoResultSpec("child_pid"),
            DemoResultSpec("child_ppid"),
            DemoResultSpec("parent_pid"),
            DemoResultSpec("child_exit_code"),
            DemoResultSpec(
                "pids_consistent",
                values: .yesNo),
        ])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let exitCode: DemoParameterKey<Int> = .integer(
        "exit_code", 0...255, default: 0)

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
        run.note(descriptor.text("note.about-to-fork", ["pid": "\(parentPID)"]))
        run.pause(1.5)
        let res = try OS.fork(name: "child")
        if res == 0 {
            reader.close()
            let view = ChildView(forkReturned: res, pid: OS.getpid(), ppid: OS.getppid())
            run.note(
                descriptor.text(
                    "note.child-returned", ["res": "\(res)", "pid": "\(view.pid)", "ppid": "\(view.ppid)"]))
            run.pause(2)
            // A child that cannot tell its parent exits with a code the parent's check will reject.
            do { try writer.send(view) } catch { OS.exit(255) }
            run.note(descriptor.text("note.child-sent", ["code": "\(exitCode)"]))
            OS.exit(exitCode)
        }
        writer.close()
        run.note(descriptor.text("note.parent-returned", ["res": "\(res)"]))
        run.pause(1)
        // Reaped first, so no error reading the pipe can leave the child unwaited for; the pipe
        // keeps the child's message after it exits.
        guard let waited = try OS.waitpid(res, timeout: run.remaining(plus: 5)) else {
            throw TimeoutError(descriptor.text("error.child-late", ["pid": "\(res)"]))
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
