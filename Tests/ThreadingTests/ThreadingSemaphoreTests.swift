import TestSupport
import Testing
import Trace

@testable import Threading

@Suite("Threading: Semaphore and BoundedSemaphore")
struct ThreadingSemaphoreTests {
    @Test("a negative initial value throws ValueError")
    func negativeValue() {
        #expect(throws: ValueError("semaphore initial value must be >= 0")) { try Semaphore(value: -1) }
        #expect(throws: ValueError("semaphore initial value must be >= 0")) {
            try BoundedSemaphore(value: -1)
        }
    }

    @Test("acquire counts down to zero, then refuses or times out; release counts up")
    func counting() throws {
        let semaphore = try Semaphore(value: 2)
        #expect(semaphore.acquire())
        #expect(semaphore.acquire(blocking: false))
        #expect(semaphore.value == 0)
        #expect(!semaphore.acquire(blocking: false))
        #expect(!semaphore.acquire(timeout: 0.05))
        try semaphore.release(2)
        #expect(semaphore.value == 2)
        try semaphore.release()
        #expect(semaphore.value == 3)
        #expect(throws: ValueError("n must be one or more")) { try semaphore.release(0) }
    }

    @Test("a BoundedSemaphore refuses to rise above its initial value, and the trace shows no stray release")
    func overRelease() throws {
        let fixture = TraceFixture()
        let traced = try BoundedSemaphore(value: 2, tracer: fixture.tracer)
        for semaphore in [try BoundedSemaphore(value: 2), traced] {
            #expect(throws: ValueError("Semaphore released too many times")) { try semaphore.release() }
            semaphore.acquire()
            semaphore.acquire()
            #expect(throws: ValueError("Semaphore released too many times")) { try semaphore.release(3) }
            try semaphore.release(2)
            #expect(semaphore.value == 2)
        }
        let resource = traced.core.trace.resource
        let releases = fixture.events.filter { $0.kind == .operation(resource, .release) }
        #expect(releases.count == 2)
        #expect(fixture.state.semaphoreValue(of: resource) == 2)
    }

    @Test("release wakes a blocked acquirer; release(n) wakes up to n of them")
    func wakesWaiters() throws {
        let fixture = TraceFixture()
        let semaphore = try Semaphore(value: 0, tracer: fixture.tracer)
        let resource = semaphore.core.trace.resource
        let granted = GuardedCounter()
        let threads = (0..<3).map { _ in
            Thread(tracer: fixture.tracer) {
                if semaphore.acquire(timeout: 10) { granted.increment() }
            }
        }
        for thread in threads { try thread.start() }
        #expect(eventually { threads.allSatisfy { fixture.hasReported($0.actor, .blocked(on: resource)) } })
        try semaphore.release()
        #expect(eventually { granted.value == 1 })
        try semaphore.release(2)
        for thread in threads { try thread.join() }
        #expect(granted.value == 3)
        #expect(semaphore.value == 0)
        #expect(fixture.state.semaphoreValue(of: resource) == 0)
    }

    @Test("a semaphore of 2 lets at most two threads in at once")
    func limitsConcurrency() throws {
        let semaphore = try BoundedSemaphore(value: 2)
        let lock = Lock()
        final class Occupancy: @unchecked Sendable { var now = 0, peak = 0 } // guarded by `lock`
        let occupancy = Occupancy()
        let threads = (0..<6).map { _ in
            Thread {
                for _ in 0..<2_000 {
                    semaphore.withLock {
                        lock.withLock {
                            occupancy.now += 1
                            occupancy.peak = max(occupancy.peak, occupancy.now)
                        }
                        lock.withLock { occupancy.now -= 1 }
                    }
                }
            }
        }
        for thread in threads { try thread.start() }
        for thread in threads { try thread.join() }
        #expect(lock.withLock { occupancy.peak } <= 2)
        #expect(semaphore.value == 2)
    }
}
