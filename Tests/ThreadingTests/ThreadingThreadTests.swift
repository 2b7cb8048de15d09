import TestSupport
import Testing
import Trace

@testable import Threading

/// The subclass style of Python's threading lessons.
private final class ThreadingCountingThread: Thread, @unchecked Sendable {
    let counter = GuardedCounter()

    override func run() {
        for _ in 0..<10 { counter.increment() }
    }
}

private struct ThreadingTestFailure: Error, CustomStringConvertible {
    var description: String { "boom" }
}

@Suite("Threading: Thread")
struct ThreadingThreadTests {
    @Test("a target runs on its own thread; join waits for it")
    func targetRuns() throws {
        let ran = GuardedBox<Int?>(nil)
        let thread = Thread(name: "worker") { ran.value = Thread.current?.ident }
        #expect(!thread.isAlive)
        #expect(thread.ident == nil)
        #expect(thread.nativeID == nil)
        try thread.start()
        let ident = try #require(thread.ident)
        #expect(try #require(thread.nativeID) > 0)
        try thread.join()
        #expect(!thread.isAlive)
        #expect(ran.value == ident)
        #expect(thread.name == "worker")
        #expect(thread.ident == ident)
    }

    @Test("a subclass overriding run() runs its own body")
    func subclassRuns() throws {
        let thread = ThreadingCountingThread(daemon: false)
        try thread.start()
        try thread.join()
        #expect(thread.counter.value == 10)
    }

    @Test("unnamed threads are called Thread-N with increasing N")
    func defaultNames() throws {
        let first = Thread {}
        let second = Thread {}
        let number = { (thread: Thread) -> Int? in
            thread.name.hasPrefix("Thread-") ? Int(thread.name.dropFirst("Thread-".count)) : nil
        }
        let a = try #require(number(first))
        let b = try #require(number(second))
        #expect(b > a)
    }

    @Test("starting twice throws RuntimeError")
    func doubleStart() throws {
        let thread = Thread {}
        try thread.start()
        #expect(throws: RuntimeError("threads can only be started once")) { try thread.start() }
        try thread.join()
        #expect(throws: RuntimeError("threads can only be started once")) { try thread.start() }
    }

    @Test("joining an unstarted thread, or a thread from itself, throws RuntimeError")
    func badJoins() throws {
        #expect(throws: RuntimeError("cannot join thread before it is started")) { try Thread {}.join() }
        let caught = GuardedBox<RuntimeError?>(nil)
        let thread = Thread {
            do {
                try Thread.current?.join()
            } catch let error as RuntimeError {
                caught.value = error
            }
        }
        try thread.start()
        try thread.join()
        #expect(caught.value == RuntimeError("cannot join current thread"))
    }

    @Test("join with a timeout returns while the thread is still alive")
    func joinTimeout() throws {
        let release = Event()
        let thread = Thread { release.wait() }
        try thread.start()
        try thread.join(timeout: 0.05)
        #expect(thread.isAlive)
        release.set()
        try thread.join()
        #expect(!thread.isAlive)
    }

    @Test("a throwing target keeps its error and is traced as failed")
    func throwingTarget() throws {
        let fixture = TraceFixture()
        let thread = Thread(tracer: fixture.tracer) { throw ThreadingTestFailure() }
        try thread.start()
        try thread.join()
        #expect(thread.error is ThreadingTestFailure)
        #expect(fixture.state.exitStatus(of: thread.actor) == .failed("boom"))
    }

    @Test("waitForNonDaemonThreads joins the others and leaves a blocked daemon running")
    func daemonRule() throws {
        let release = Event()
        let daemon = Thread(name: "daemon", daemon: true) { release.wait() }
        let workers = (0..<3).map { _ in Thread {} }
        try daemon.start()
        for worker in workers { try worker.start() }
        #expect(Thread.waitForNonDaemonThreads(timeout: 30))
        #expect(workers.allSatisfy { !$0.isAlive })
        #expect(daemon.isAlive)
        #expect(Thread.enumerate().contains { $0 === daemon })
        #expect(Thread.activeCount >= 1)
        release.set()
        try daemon.join()
        #expect(!Thread.enumerate().contains { $0 === daemon })
    }

    @Test("waitForNonDaemonThreads times out while a non-daemon thread is blocked")
    func nonDaemonHoldsUpTheEnd() throws {
        let release = Event()
        let worker = Thread { release.wait() }
        try worker.start()
        #expect(!Thread.waitForNonDaemonThreads(timeout: 0.05))
        release.set()
        try worker.join()
    }

    @Test("the registry refuses threads past its cap with a clear error, and frees slots")
    func threadCap() throws {
        let registry = ThreadRegistry(limit: 2)
        let first = try registry.admit(Thread {})
        _ = try registry.admit(Thread {})
        #expect(throws: RuntimeError("too many threads: at most 2 may run at once")) {
            try registry.admit(Thread {})
        }
        registry.remove(ident: first)
        _ = try registry.admit(Thread {})
        #expect(registry.liveCount == 2)
        #expect(ThreadRegistry.shared.limit == 256)
    }

    @Test("many short threads start and join one after another")
    func manyThreads() throws {
        let counter = GuardedCounter()
        for _ in 0..<500 {
            let thread = Thread { counter.increment() }
            try thread.start()
            try thread.join()
        }
        #expect(counter.value == 500)
    }
}
