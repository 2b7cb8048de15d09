import Testing

@testable import ScriptTracing
@testable import Trace

@Suite("Probe translation")
struct ProbeTranslatorTests {
    /// The lines a probe writes for two threads that take locks `a` and `b` in opposite
    /// orders, each blocking on the other's lock, while the main thread joins the first.
    static let deadlockLines = [
        "100\t50\t0\thello\t1\t3.11.2\tbank.py\t",
        "110\t50\t0\tresource\t50.1\tlock\t-\ta\tbank.py:3",
        "111\t50\t0\tresource\t50.2\tlock\t-\tb\tbank.py:4",
        "120\t50\t0\tthread\t1\talice\t0\tbank.py:30",
        "121\t50\t0\tthread\t2\tbob\t0\tbank.py:31",
        "130\t50\t1\trun\t",
        "131\t50\t2\trun\t",
        "140\t50\t1\top\t50.1\tacquire\t-\tbank.py:12",
        "141\t50\t2\top\t50.2\tacquire\t-\tbank.py:20",
        "150\t50\t1\tblock\t50.2\t-\tbank.py:14",
        "151\t50\t2\tblock\t50.1\t-\tbank.py:22",
        "160\t50\t0\twait\tjoin\t50.1\t-\t-\tbank.py:33",
    ]

    private func replay(_ lines: [String]) -> (ProbeTranslator, TraceState, [TraceEvent]) {
        var translator = ProbeTranslator(scriptName: "bank.py")
        var state = TraceState()
        var events: [TraceEvent] = []
        for text in lines {
            let line = ProbeLine(Substring(text))
            #expect(line != nil, "\(text)")
            guard let line else { continue }
            for event in translator.translate(line) {
                state.apply(event)
                events.append(event)
            }
        }
        return (translator, state, events)
    }

    @Test("a deadlock in probe lines is named with the lines where each thread blocked")
    func deadlockSentence() throws {
        let (translator, state, _) = replay(Self.deadlockLines)
        let cycle = try #require(WaitForGraph(state).deadlock(mayGiveUp: translator.mayGiveUp))
        #expect(
            DeadlockSentence.make(cycle, in: state, sources: translator.stateSources)
                == "deadlock: alice waits for lock `b` held by bob, which waits for lock `a` held by alice "
                + "(bank.py:14 and bank.py:22)")
    }

    @Test("a wait with a timeout keeps the program out of the deadlock report")
    func timedWait() {
        var lines = Self.deadlockLines
        lines[9] = "150\t50\t1\tblock\t50.2\t0.5\tbank.py:14"
        let (translator, state, _) = replay(lines)
        #expect(WaitForGraph(state).deadlock(mayGiveUp: translator.mayGiveUp) == nil)
    }

    @Test("every event carries the source location of its line, and the trace validates")
    func sourcesAndValidity() {
        let (_, _, events) = replay(Self.deadlockLines)
        let blocked = events.filter { if case .transition(.blocked) = $0.kind { true } else { false } }
        #expect(blocked.map(\.source) == ["bank.py:14", "bank.py:22"])
        var validator = TraceValidator()
        for event in events {
            #expect(validator.problem(with: event) == nil, "\(event)")
        }
    }

    @Test("the root process is named after the script; threads after their Python names")
    func names() {
        let (translator, state, _) = replay(Self.deadlockLines)
        let names = state.actorIDs.compactMap { state.actor($0)?.actor.name }
        #expect(names == ["bank.py", "alice", "bob"])
        #expect(translator.pythonVersion == "3.11.2")
        #expect(translator.root == ActorID(1))
    }

    @Test("a forked child is a process under the thread that forked it")
    func fork() throws {
        let lines = [
            "100\t50\t0\thello\t1\t3.11.2\tfork.py\t",
            "110\t60\t0\tprocess\t50\t0\t-\tfork.py:5",
            "120\t60\t0\tdone\texited\t3\tfork.py:7",
            "130\t50\t0\twait\tjoin\t60.0\t-\t-\tfork.py:9",
        ]
        let (_, state, _) = replay(lines)
        let child = try #require(state.actorIDs.first { state.actor($0)?.actor.pid == 60 })
        #expect(state.actor(child)?.actor.kind == .process)
        #expect(state.actor(child)?.actor.parent == ActorID(1))
        #expect(state.state(of: child) == .done(.exited(3)))
    }

    @Test("a thread seen before its start line, or a resource never declared, does not break the trace")
    func strays() {
        let lines = [
            "100\t50\t0\thello\t1\t3.11.2\tx.py\t",
            "110\t50\t4\trun\tx.py:2",
            "111\t50\t4\top\tnever.declared\tacquire\t-\tx.py:3",
            "112\t70\t0\trun\tx.py:4",
        ]
        let (_, state, events) = replay(lines)
        #expect(state.actorIDs.count == 3)
        var validator = TraceValidator()
        for event in events {
            #expect(validator.problem(with: event) == nil, "\(event)")
        }
    }

    @Test("warnings are kept once each and shown in the narration")
    func warnings() {
        let lines = [
            "100\t50\t0\thello\t1\t3.11.2\tx.py\t",
            "110\t50\t0\twarn\tx.py:3 replaced threading.Lock\tx.py:3",
            "111\t50\t0\twarn\tx.py:3 replaced threading.Lock\tx.py:3",
        ]
        let (translator, _, events) = replay(lines)
        #expect(translator.warnings == ["x.py:3 replaced threading.Lock"])
        #expect(events.filter { if case .note = $0.kind { true } else { false } }.count == 2)
    }
}

@Suite("Merging the processes' lines")
struct ProbeStreamMergerTests {
    private func line(_ time: UInt64, pid: Int32) -> ProbeLine {
        ProbeLine(time: time, thread: .init(pid: pid, serial: 0), verb: .run, location: nil)
    }

    @Test("lines leave in time order once older than the watermark, each process in its own order")
    func order() {
        var merger = ProbeStreamMerger()
        for (time, pid) in [(10, 1), (30, 1), (20, 2), (25, 1), (40, 2)] as [(UInt64, Int32)] {
            merger.add(line(time, pid: pid))
        }
        // Process 1's 25 came after its 30: it stays behind it, though earlier in time.
        #expect(merger.release(through: 20).map(\.time) == [10, 20])
        #expect(merger.release(through: 35).map(\.time) == [30, 25])
        #expect(!merger.isEmpty)
        #expect(merger.releaseAll().map(\.time) == [40])
        #expect(merger.isEmpty)
    }
}
