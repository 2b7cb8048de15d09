import Testing
import Trace

@testable import ScriptTracing

@Suite("Probe lines")
struct ProbeLineTests {
    private func parse(_ text: String) -> ProbeLine? {
        ProbeLine(Substring(text))
    }

    @Test("a line carries its time, reporter and source location")
    func fields() throws {
        let line = try #require(parse("1500\t42\t3\trun\tbank.py:14"))
        #expect(line.time == 1500)
        #expect(line.thread == ProbeLine.ThreadKey(pid: 42, serial: 3))
        #expect(line.verb == .run)
        #expect(line.location == "bank.py:14")
    }

    @Test("an empty last field means no location")
    func noLocation() throws {
        let line = try #require(parse("1\t42\t0\trun\t"))
        #expect(line.location == nil)
    }

    @Test("every verb of the protocol parses")
    func verbs() {
        let cases: [(String, ProbeLine.Verb)] = [
            ("hello\t1\t3.11.2\tbank.py", .hello(python: "3.11.2", script: "bank.py")),
            ("process\t41\t2\tProcess-1", .process(parent: .init(pid: 41, serial: 2), name: "Process-1")),
            ("process\t41\t0\t-", .process(parent: .init(pid: 41, serial: 0), name: "")),
            ("thread\t2\tworker\t1", .thread(serial: 2, name: "worker", daemon: true)),
            ("block\tL1\t-", .block(resource: "L1", timed: false)),
            ("block\tL1\t0.5", .block(resource: "L1", timed: true)),
            ("wait\tjoin\t42.2\t-\t-", .wait(.join(.init(pid: 42, serial: 2)), timed: false)),
            ("wait\tqueue\tQ1\tfull\t-", .wait(.queue("Q1", .full), timed: false)),
            ("wait\tcondition\tC1\t-\t2", .wait(.condition("C1"), timed: true)),
            ("sleep\t0.25", .sleep(seconds: 0.25)),
            ("done\texited\t0", .done(.exited(0))),
            ("done\tsignalled\t9", .done(.signalled(9))),
            ("done\tfailed\tValueError: no", .done(.failed("ValueError: no"))),
            (
                "resource\tS1\tsemaphore\t2\tpool",
                .resource(key: "S1", kind: .semaphore, capacity: 2, name: "pool")
            ),
            ("resource\tL1\tlock\t-\ta", .resource(key: "L1", kind: .lock, capacity: nil, name: "a")),
            ("op\tQ1\tput\t'job 1'", .operation(resource: "Q1", .put(item: "'job 1'"))),
            ("op\tQ1\tget\t-", .operation(resource: "Q1", .get(item: nil))),
            ("op\tC1\tnotify\t3", .operation(resource: "C1", .notify(count: 3))),
            ("op\tV1\twrite\t7", .operation(resource: "V1", .write(value: 7))),
            ("note\tsomething happened", .note("something happened")),
            ("warn\tbank.py replaced threading.Lock", .warning("bank.py replaced threading.Lock")),
        ]
        for (text, verb) in cases {
            #expect(parse("1\t42\t1\t\(text)\tbank.py:1")?.verb == verb, "\(text)")
        }
    }

    @Test("lines that break the protocol are refused, not trusted")
    func refused() {
        let broken = [
            "", "garbage", "x\t42\t0\trun\t", "1\t42\t-1\trun\t", "1\t42\t0\tfly\t",
            "1\t42\t0\tthread\t0\tmain\t0\t", "1\t42\t0\tsleep\tnan\t", "1\t42\t0\tsleep\t-1\t",
            "1\t42\t0\tresource\tK\tspaceship\t-\tx\t", "1\t42\t0\top\tK\tjuggle\t-\t",
            "1\t42\t0\twait\tjoin\tnot-a-thread\t-\t-\t", "1\t42\t0\tdone\tvanished\t0\t",
        ]
        for text in broken {
            #expect(parse(text) == nil, "\(text)")
        }
    }

    @Test("counts from the probe are clamped to what a trace may hold")
    func clamped() {
        let line = parse("1\t42\t0\top\tC1\tnotify\t99999999999\t")
        #expect(line?.verb == .operation(resource: "C1", .notify(count: TraceLimits.maximumCount)))
    }
}
