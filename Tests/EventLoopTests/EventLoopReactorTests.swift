import TestSupport
import Testing
import Threading
import Trace

@testable import EventLoop

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every backend this platform has, so each behaviour is checked with epoll and with poll.
let eventLoopBackends: [Reactor.Backend] = {
    #if os(Linux)
    [.epoll, .poll]
    #else
    [.poll]
    #endif
}()

/// A connected pair of non-blocking Unix stream sockets, closed by `close()`.
struct EventLoopSocketPair {
    let first: Int32
    let second: Int32

    init() throws {
        var fds: [Int32] = [0, 0]
        #if canImport(Glibc)
        let status = socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &fds)
        #else
        let status = socketpair(AF_UNIX, SOCK_STREAM, 0, &fds)
        #endif
        try #require(status == 0)
        for fd in fds { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        first = fds[0]
        second = fds[1]
    }

    func send(_ text: String, from fd: Int32) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    }

    func receive(from fd: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        return count > 0 ? String(decoding: buffer[..<count], as: UTF8.self) : ""
    }

    func closeBoth() {
        close(first)
        close(second)
    }
}

@Suite struct EventLoopReactorTests {
    @Test(arguments: eventLoopBackends)
    func callSoonRunsInFIFOOrder(backend: Reactor.Backend) throws {
        let reactor = try Reactor(backend: backend)
        var order: [Int] = []
        for index in 0..<5 {
            reactor.callSoon { order.append(index) }
        }
        reactor.callSoon {
            // Queued during the iteration: runs in the next one, after everything queued before.
            reactor.callSoon { order.append(6) }
            order.append(5)
        }
        #expect(reactor.runUntilIdle(timeout: 5))
        #expect(order == [0, 1, 2, 3, 4, 5, 6])
    }

    @Test(arguments: eventLoopBackends)
    func callLaterRunsByDeadline(backend: Reactor.Backend) throws {
        let reactor = try Reactor(backend: backend)
        var order: [String] = []
        reactor.callLater(0.03) { order.append("30ms") }
        reactor.callLater(0.01) { order.append("10ms") }
        reactor.callLater(0.02) { order.append("20ms") }
        reactor.callLater(0) { order.append("now-1") }
        reactor.callLater(-1) { order.append("now-2") }
        #expect(reactor.runUntilIdle(timeout: 5))
        #expect(order == ["now-1", "now-2", "10ms", "20ms", "30ms"])
    }

    @Test func timersWithEqualDeadlinesRunInSchedulingOrder() {
        let queue = ReactorTimerQueue()
        var order: [String] = []
        let now = MonotonicClock.now()
        _ = queue.schedule(atNanoseconds: now) { order.append("later deadline") }
        for label in ["a", "b", "c", "d"] {
            _ = queue.schedule(atNanoseconds: now - 1) { order.append(label) }
        }
        queue.runDue()
        #expect(order == ["a", "b", "c", "d", "later deadline"])
    }

    @Test(arguments: eventLoopBackends)
    func timerNeverRunsEarly(backend: Reactor.Backend) throws {
        let reactor = try Reactor(backend: backend)
        let start = MonotonicClock.now()
        var elapsed: UInt64 = 0
        reactor.callLater(0.02) {
            elapsed = MonotonicClock.now() - start
            reactor.stop()
        }
        #expect(reactor.run(timeout: 10))
        #expect(elapsed >= 20_000_000)
    }

    @Test func cancelledAndResetTimers() throws {
        let reactor = try Reactor()
        var order: [String] = []
        let cancelled = reactor.callLater(0.01) { order.append("cancelled") }
        let moved = reactor.callLater(0.001) { order.append("moved") }
        reactor.callLater(0.02) { order.append("fixed") }
        #expect(cancelled.cancel())
        #expect(!cancelled.cancel())
        #expect(!cancelled.active)
        #expect(moved.reset(0.03))
        #expect(reactor.runUntilIdle(timeout: 5))
        #expect(order == ["fixed", "moved"])
        #expect(!moved.active)
        #expect(!moved.reset(1))
    }

    @Test func manyCancelledTimersAreDiscarded() throws {
        let reactor = try Reactor()
        var fired = 0
        let calls = (0..<200).map { _ in reactor.callLater(60) { fired += 1 } }
        for call in calls.dropFirst() { call.cancel() }
        calls[0].reset(0)
        #expect(reactor.runUntilIdle(timeout: 5))
        #expect(fired == 1)
    }

    @Test(arguments: eventLoopBackends)
    func callFromThreadWakesABlockedLoop(backend: Reactor.Backend) throws {
        let reactor = try Reactor(backend: backend)
        let ranOnReactor = GuardedBox<Bool?>(nil)
        var worker: NativeThread?
        reactor.callSoon {
            // Started from inside the loop, which then has nothing to do but block in its wait.
            worker = try? NativeThread.spawn(name: "caller") {
                reactor.callFromThread {
                    ranOnReactor.withLock { $0 = reactor.isReactorThread }
                    reactor.stop()
                }
            }
        }
        #expect(reactor.run(timeout: 10))
        worker?.join()
        #expect(ranOnReactor.withLock { $0 } == true)
    }

    @Test(arguments: eventLoopBackends)
    func writerThenReaderOnASocketPair(backend: Reactor.Backend) throws {
        let reactor = try Reactor(backend: backend)
        let pair = try EventLoopSocketPair()
        defer { pair.closeBoth() }
        var log: [String] = []
        try reactor.addReader(pair.second) {
            log.append("read \(pair.receive(from: pair.second))")
            reactor.removeReader(pair.second)
        }
        try reactor.addWriter(pair.first) {
            pair.send("ping", from: pair.first)
            log.append("wrote")
            reactor.removeWriter(pair.first)
        }
        #expect(reactor.runUntilIdle(timeout: 5))
        #expect(log == ["wrote", "read ping"])
    }

    @Test(arguments: eventLoopBackends)
    func readyDescriptorsRunInRegistrationOrderReaderFirst(backend: Reactor.Backend) throws {
        let reactor = try Reactor(backend: backend)
        let one = try EventLoopSocketPair()
        let two = try EventLoopSocketPair()
        defer {
            one.closeBoth()
            two.closeBoth()
        }
        one.send("a", from: one.first)
        two.send("b", from: two.first)
        var log: [String] = []
        // Registered: two's end, then one's end (reader before writer on it); timers come first.
        try reactor.addReader(two.second) { log.append("two read \(two.receive(from: two.second))") }
        try reactor.addWriter(one.second) { log.append("one write") }
        try reactor.addReader(one.second) { log.append("one read \(one.receive(from: one.second))") }
        reactor.callLater(0) { log.append("timer") }
        reactor.callLater(0.001) {
            for fd in [one.second, two.second] {
                reactor.removeReader(fd)
                reactor.removeWriter(fd)
            }
        }
        #expect(reactor.runUntilIdle(timeout: 5))
        #expect(Array(log.prefix(4)) == ["timer", "two read b", "one read a", "one write"])
    }

    @Test func stopEndsRunAndTheReactorCanRunAgain() throws {
        let reactor = try Reactor()
        var runs = 0
        for _ in 0..<2 {
            reactor.callSoon {
                runs += 1
                reactor.stop()
            }
            #expect(reactor.run(timeout: 5))
        }
        #expect(runs == 2)
        #expect(!reactor.run(timeout: 0.01))
    }

    @Test func addingABadDescriptorThrows() throws {
        for backend in eventLoopBackends {
            let reactor = try Reactor(backend: backend)
            #expect(throws: SocketError.self) { try reactor.addReader(-1) {} }
        }
    }

    @Test func nowIsMonotonicSeconds() throws {
        let reactor = try Reactor()
        let first = reactor.now
        let clock = Double(MonotonicClock.now()) / 1e9
        #expect(first <= clock)
        #expect(reactor.now >= first)
    }
}
