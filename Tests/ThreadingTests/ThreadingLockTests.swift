import TestSupport
import Testing
import Trace

@testable import Threading

@Suite("Threading: Lock and RLock")
struct ThreadingLockTests {
    @Test("a lock is taken, refused while held, and freed by release")
    func lockBasics() throws {
        let lock = Lock()
        #expect(!lock.locked)
        #expect(lock.acquire())
        #expect(lock.locked)
        #expect(!lock.acquire(blocking: false))
        #expect(!lock.acquire(timeout: 0))
        try lock.release()
        #expect(!lock.locked)
        #expect(lock.acquire(blocking: false))
        try lock.release()
    }

    @Test("releasing an unlocked lock throws RuntimeError, traced or not")
    func releaseUnlocked() {
        let fixture = TraceFixture()
        for lock in [Lock(), Lock(tracer: fixture.tracer)] {
            #expect(throws: RuntimeError("release unlocked lock")) { try lock.release() }
        }
    }

    @Test("acquire with a timeout on a held lock gives up and returns false")
    func lockTimeout() throws {
        let lock = Lock()
        lock.acquire()
        let result = GuardedBox<Bool?>(nil)
        let thread = Thread { result.value = lock.acquire(timeout: 0.05) }
        try thread.start()
        try thread.join()
        #expect(result.value == false)
        try lock.release()
    }

    @Test("any thread may release a Lock, as in Python")
    func foreignRelease() throws {
        let lock = Lock()
        lock.acquire()
        let thread = Thread { try lock.release() }
        try thread.start()
        try thread.join()
        #expect(thread.error == nil)
        #expect(!lock.locked)
    }

    @Test("a blocked acquirer gets the lock once it is released")
    func blockedAcquirerWakes() throws {
        let fixture = TraceFixture()
        let lock = Lock(tracer: fixture.tracer)
        lock.acquire()
        let thread = Thread(tracer: fixture.tracer) {
            lock.acquire()
            try lock.release()
        }
        try thread.start()
        #expect(eventually { fixture.hasReported(thread.actor, .blocked(on: lock.trace.resource)) })
        try lock.release()
        try thread.join(timeout: 10)
        #expect(!thread.isAlive)
        #expect(!lock.locked)
    }

    @Test("8 threads x 100k increments under a Lock lose nothing")
    func contendedCounter() throws {
        let lock = Lock()
        final class Total: @unchecked Sendable { var value = 0 } // guarded by `lock`
        let total = Total()
        let threads = (0..<8).map { _ in
            Thread {
                for _ in 0..<100_000 {
                    lock.withLock { total.value += 1 }
                }
            }
        }
        for thread in threads { try thread.start() }
        for thread in threads { try thread.join() }
        #expect(lock.withLock { total.value } == 800_000)
    }

    @Test("re-acquiring a held Lock from the same thread is flagged in the trace and ends by timeout")
    func selfDeadlockNote() throws {
        let fixture = TraceFixture()
        let lock = Lock(name: "lock", tracer: fixture.tracer)
        let second = GuardedBox<Bool?>(nil)
        let thread = Thread(name: "T", tracer: fixture.tracer) {
            lock.acquire()
            second.value = lock.acquire(timeout: 0.05)
            try lock.release()
        }
        try thread.start()
        try thread.join()
        #expect(second.value == false)
        let blocked = fixture.events.first {
            $0.actor == thread.actor && $0.kind == .transition(.blocked(on: lock.trace.resource))
        }
        #expect(blocked?.note == "already held by this thread: this will never be released")
    }

    @Test("an RLock is re-entered by its owner and freed only after as many releases")
    func rlockDepth() throws {
        let fixture = TraceFixture()
        let rlock = RLock(tracer: fixture.tracer)
        let resource = rlock.trace.resource
        let other = GuardedBox<Bool?>(nil)
        let probe = { @Sendable in
            let thread = Thread { other.value = rlock.acquire(blocking: false) }
            try thread.start()
            try thread.join()
        }
        for _ in 0..<3 { #expect(rlock.acquire()) }
        #expect(rlock.isOwnedByCurrentThread)
        #expect(fixture.state.depth(of: resource) == 3)
        try rlock.release()
        try rlock.release()
        #expect(fixture.state.depth(of: resource) == 1)
        try probe()
        #expect(other.value == false)
        try rlock.release()
        #expect(fixture.state.owner(of: resource) == nil)
        #expect(!rlock.isOwnedByCurrentThread)
        try probe()
        #expect(other.value == true)
    }

    @Test("releasing an RLock from a thread that does not own it throws RuntimeError")
    func rlockForeignRelease() throws {
        let rlock = RLock()
        #expect(throws: RuntimeError("cannot release un-acquired lock")) { try rlock.release() }
        rlock.acquire()
        let thread = Thread { try rlock.release() }
        try thread.start()
        try thread.join()
        #expect(thread.error as? RuntimeError == RuntimeError("cannot release un-acquired lock"))
        try rlock.release()
    }

    @Test("an RLock held by another thread times out, then is granted once freed")
    func rlockContention() throws {
        let rlock = RLock()
        let owned = Event()
        let done = Event()
        let holder = Thread {
            rlock.acquire()
            owned.set()
            done.wait()
            try rlock.release()
        }
        try holder.start()
        owned.wait()
        #expect(!rlock.acquire(timeout: 0.05))
        done.set()
        #expect(rlock.acquire(timeout: 10))
        try rlock.release()
        try holder.join()
        #expect(holder.error == nil)
    }
}
