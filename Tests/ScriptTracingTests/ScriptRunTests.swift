import Foundation
import Messages
import ScriptTracing
import TestSupport
import Testing

@testable import Trace

/// Real Python programs under the probe: each primitive shows up as the stage needs it, the
/// program behaves as it would untraced, and nothing it started outlives the run.
@Suite("Traced Python programs", .enabled(if: Toolchain.hasPython3, "python3 is not installed"))
struct ScriptRunTests {
    /// Every run is whole, and the probe started (it reported the Python version).
    private func expectWhole(_ run: ScriptRunning.Finished, _ script: String) {
        run.expectWhole(script)
        #expect(run.outcome.pythonVersion != nil, "\(script)")
    }

    @Test(
        "each primitive appears with its resources, and the program prints what it prints untraced",
        arguments: [
            ("locks.py", [ResourceKind.lock, .rlock], "total 4"),
            ("condition.py", [.condition], "all 3"),
            ("semaphores.py", [.semaphore], "done 4"),
            ("event.py", [.event], "went 2"),
            ("timer.py", [], "fired"),
            ("barrier.py", [.barrier], "passed 3"),
            ("queues.py", [.queue], "small [1, 2, 3]"),
            ("pool.py", [.event], "sum 30"),
            ("producer_consumer.py", [.queue], "consumed 10"),
            ("sleep.py", [], "slept"),
            ("mp_process.py", [.queue, .lock, .sharedMemory, .pipe], "pipe hello"),
        ])
    func primitive(script: String, kinds: [ResourceKind], printed: String) throws {
        let run = try ScriptRunning.run(script)
        #expect(run.outcome.ending == .exited(0), "\(script): \(run.outcome.ending) \(run.printed)")
        #expect(run.printed.contains(printed), "\(script) printed \(run.printed)")
        let declared = Set(run.resources.map(\.kind))
        for kind in kinds {
            #expect(declared.contains(kind), "\(script) declared \(declared)")
        }
        // At rest after the run, every lock is free: no acquire lost its release.
        let state = run.state
        for resource in run.resources where resource.kind.hasOwner {
            #expect(state.owner(of: resource.id) == nil, "\(script): \(resource.name) still held")
        }
        #expect(run.events.contains { $0.source?.hasPrefix(script + ":") == true }, "\(script)")
        expectWhole(run, script)
    }

    @Test("threads, with their Python names, and each thread's steps from its own lines")
    func threads() throws {
        let run = try ScriptRunning.run("locks.py")
        #expect(run.names(of: .thread) == ["worker-1", "worker-2"])
        #expect(run.names(of: .process) == ["locks.py"])
        #expect(run.operations(on: .rlock).filter { $0 == "acquire" }.count == 4)
    }

    @Test("queues keep their items' labels, so the stage shows what is in them in order")
    func queueLabels() throws {
        let run = try ScriptRunning.run("queues.py")
        let state = run.state
        for queue in run.resources where queue.kind == .queue {
            #expect(state.contents(of: queue.id).isEmpty, "\(queue.name) still holds items")
        }
        #expect(run.resources.contains { $0.kind == .queue && $0.capacity == 1 })
        let full = run.events.contains {
            if case .transition(.waiting(.queue(_, .full))) = $0.kind { true } else { false }
        }
        #expect(full)
    }

    @Test("a deadlock is named with the lines where each thread blocked, and the program is stopped")
    func deadlock() throws {
        let run = try ScriptRunning.run("deadlock.py")
        guard case .deadlocked(let words) = run.outcome.ending else {
            Issue.record("not a deadlock: \(run.outcome.ending)")
            return
        }
        #expect(
            words.english
                == "deadlock: alice waits for lock `b` held by bob, which waits for lock `a` held by alice "
                + "(deadlock.py:17 and deadlock.py:24)")
        // The student reads it in Chinese, the same cycle and lines.
        let chinese = words.text(in: .simplifiedChinese)
        #expect(
            chinese.contains("alice") && chinese.contains("deadlock.py:24") && chinese.contains("死锁"),
            "\(chinese)")
        #expect(run.outcome.ending.commandStatus == 3)
        expectWhole(run, "deadlock.py")
    }

    @Test("a cycle through a join is a deadlock too")
    func joinDeadlock() throws {
        let run = try ScriptRunning.run("join_deadlock.py")
        guard case .deadlocked(let words) = run.outcome.ending else {
            Issue.record("not a deadlock: \(run.outcome.ending)")
            return
        }
        let sentence = words.english
        #expect(sentence.contains("to end (join)"), "\(sentence)")
        #expect(sentence.contains("join_deadlock.py:13"), "\(sentence)")
        #expect(sentence.contains("join_deadlock.py:21"), "\(sentence)")
        expectWhole(run, "join_deadlock.py")
    }

    @Test("an acquire with a timeout that gives up is not a deadlock")
    func timedWait() throws {
        let run = try ScriptRunning.run("timed_wait.py")
        #expect(run.outcome.ending == .exited(0))
        #expect(run.printed.contains("gave up"))
        expectWhole(run, "timed_wait.py")
    }

    @Test("--keep-running names the deadlock but leaves the program to its time limit")
    func keepRunning() throws {
        let run = try ScriptRunning.run("deadlock.py", timeLimit: 1.5, keepRunning: true)
        guard case .stopped(let reason) = run.outcome.ending else {
            Issue.record("\(run.outcome.ending)")
            return
        }
        #expect(reason.contains("time limit"))
        #expect(
            run.events.contains {
                if case .note(let text) = $0.kind { text.hasPrefix("deadlock: ") } else { false }
            })
        expectWhole(run, "deadlock.py")
    }

    @Test("a forked child is a process of its own, with its exit status, under its parent")
    func fork() throws {
        let run = try ScriptRunning.run("fork.py")
        #expect(run.outcome.ending == .exited(0))
        #expect(run.printed.contains("child status 3"))
        // Nothing on stderr: from Python 3.12 on, forking beside the probe's own thread must
        // not bring a warning the program never gets untraced.
        #expect(run.outcome.output.allSatisfy { $0.stream == .stdout }, "\(run.printed)")
        let state = run.state
        let processes = state.actorIDs.filter { state.actor($0)?.actor.kind == .process }
        #expect(processes.count == 2)
        let child = try #require(processes.last)
        #expect(state.state(of: child) == .done(.exited(3)))
        #expect(state.actor(child)?.actor.parent == processes.first)
        #expect(state.actor(child)?.actor.name == "pid \(state.actor(child)?.actor.pid ?? 0)")
        expectWhole(run, "fork.py")
    }

    @Test("the lock's owners in the trace are the threads that the script saw holding it, in order")
    func owners() throws {
        let folder = try TemporaryFolder()
        let report = folder.path + "/owners.json"
        let run = try ScriptRunning.run("owners.py", [report])
        #expect(run.outcome.ending == .exited(0))
        let seen = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report)))
        let order = try #require((seen as? [String: Any])?["order"] as? [String])
        #expect(order.count == 15)
        let lock = try #require(run.resources.first { $0.name == "lock" })
        var state = TraceState()
        var owners: [String] = []
        for event in run.events {
            state.apply(event)
            if case .operation(lock.id, .acquire) = event.kind {
                #expect(state.owner(of: lock.id) == event.actor)
                owners.append(state.actor(event.actor)?.actor.name ?? "?")
            }
            if case .transition(.blocked(lock.id)) = event.kind {
                // Whoever the stage says holds the lock while a thread waits really holds it.
                #expect(state.owner(of: lock.id) != nil && state.owner(of: lock.id) != event.actor)
            }
        }
        #expect(owners == order)
        #expect(state.owner(of: lock.id) == nil)
    }

    @Test("a busy loop is aggregated so the stage stays live, and the state at rest is still right")
    func gate() throws {
        let run = try ScriptRunning.run("busy_locks.py")
        #expect(run.outcome.ending == .exited(0))
        #expect(run.printed.contains("total 200000"))
        #expect(run.events.count < 10_000, "\(run.events.count) events")
        #expect(
            run.events.contains {
                if case .note(let text) = $0.kind { text.contains("times more") } else { false }
            })
        let lock = try #require(run.resources.first { $0.kind == .lock })
        #expect(run.state.owner(of: lock.id) == nil)
        expectWhole(run, "busy_locks.py")
    }

    @Test("the script gets its own arguments, the caller's working directory and __name__ == '__main__'")
    func arguments() throws {
        let run = try ScriptRunning.run("args_and_cwd.py", ["one", "two words"])
        #expect(run.outcome.ending == .exited(0))
        #expect(run.printed.contains("'one', 'two words']"), "\(run.printed)")
        #expect(run.printed.contains("cwd \(FileManager.default.currentDirectoryPath)"), "\(run.printed)")
        #expect(run.printed.contains("name __main__"))
    }

    @Test("the program's stdout and stderr are kept apart and in order; the probe adds nothing")
    func output() throws {
        let run = try ScriptRunning.run("stdout_stderr.py")
        #expect(run.outcome.output.map(\.stream) == [.stdout, .stderr, .stdout])
        #expect(run.outcome.output.map(\.text) == ["to stdout 1", "to stderr 1", "to stdout 2"])
        // Stamped when read, on the clock of the events, so narration can place them.
        let times = run.outcome.output.map(\.time)
        #expect(times == times.sorted() && times.allSatisfy { $0 > 0 })
    }
}

/// What goes wrong before or while a program runs: one line each, and nothing left.
@Suite("Traced programs that go wrong", .enabled(if: Toolchain.hasPython3, "python3 is not installed"))
struct ScriptRunFailureTests {
    @Test("a missing script, a folder or a missing python3 is refused before anything runs")
    func refused() {
        let cases: [(ScriptInvocation, String)] = [
            (
                ScriptInvocation(script: "/nonexistent/bank.py"),
                "cannot read /nonexistent/bank.py: no such file"
            ),
            (ScriptInvocation(script: ScriptRunning.folder.path), "is a folder"),
            (
                ScriptInvocation(script: ScriptRunning.path("locks.py"), python: "no-such-python3"),
                "no-such-python3 was not found"
            ),
        ]
        for (invocation, message) in cases {
            #expect {
                _ = try ScriptRun(invocation, probe: ProbeScript.source)
            } throws: { error in
                (error as? ScriptRunError)?.description.contains(message) == true
            }
        }
    }

    @Test("a syntax error is one line naming the file and line")
    func syntaxError() throws {
        let run = try ScriptRunning.run("syntax_error.py")
        guard case .failed(let line) = run.outcome.ending else {
            Issue.record("\(run.outcome.ending)")
            return
        }
        #expect(line.contains("syntax_error.py:6: SyntaxError"), "\(line)")
        #expect(run.leftovers.isEmpty)
    }

    @Test("a script that exits at once keeps its status")
    func exitsAtOnce() throws {
        let run = try ScriptRunning.run("exits_at_once.py")
        #expect(run.outcome.ending == .exited(4))
        #expect(run.outcome.ending.commandStatus == 1)
        #expect(run.leftovers.isEmpty)
    }

    @Test("a script that forks hundreds of processes meets the demos' cap and its message")
    func forkBomb() throws {
        let run = try ScriptRunning.run("fork_bomb.py")
        #expect(
            run.outcome.ending
                == .stopped(
                    "this program may run at most 64 processes at once; ask for fewer (a smaller count or depth)"
                ))
        #expect(run.leftovers.isEmpty, "left \(run.leftovers)")
    }

    @Test("a script that never ends is stopped at its time limit, or when asked, with all it started")
    func endless() throws {
        let limited = try ScriptRunning.run("endless.py", timeLimit: 1)
        #expect(
            limited.outcome.ending
                == .stopped("it ran past its time limit of 1 s; give a longer one with --time-limit"))
        #expect(limited.leftovers.isEmpty)
        let stopped = try ScriptRunning.run("endless.py", stopAfter: 1)
        #expect(stopped.outcome.ending == .stopped(ScriptRun.interruptReason))
        #expect(stopped.outcome.ending.commandStatus == 130)
        #expect(stopped.leftovers.isEmpty)
        #expect(stopped.names(of: .thread) == ["spinner"])
    }

    @Test("a script that replaces threading.Lock still runs, and the student is told what is not traced")
    func replacesThreading() throws {
        let run = try ScriptRunning.run("replaces_threading.py")
        #expect(run.outcome.ending == .exited(0))
        #expect(run.printed.contains("count 2000"))
        #expect(
            run.outcome.warnings == [
                "replaces_threading.py:28 replaced threading.Lock; those locks are not traced"
            ])
        #expect(run.leftovers.isEmpty)
    }
}
