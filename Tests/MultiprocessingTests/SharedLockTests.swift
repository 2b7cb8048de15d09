import TestSupport
import Testing
import Trace

@testable import Multiprocessing
@testable import Threading

@Suite("Shared: ProcessLock and ProcessRLock")
struct SharedLockTests {
    @Test("4 threads x 100k increments under a ProcessLock lose nothing")
    func processLockExcludes() throws {
        let lock = try ProcessLock()
        let counter = try SharedValue(0, lock: false)
        let threads = (0..<4).map { _ in
            Thread {
                for _ in 0..<100_000 {
                    lock.withLock { counter.value += 1 }
                }
            }
        }
        for thread in threads { try thread.start() }
        for thread in threads { try thread.join() }
        #expect(counter.value == 400_000)
        #expect(!lock.locked)
    }

    @Test("4 threads x 100k SharedValue.withLock increments lose nothing")
    func sharedValueWithLockExcludes() throws {
        let counter = try SharedValue(0)
        let threads = (0..<4).map { _ in
            Thread {
                for _ in 0..<100_000 {
                    counter.withLock { $0 += 1 }
                }
            }
        }
        for thread in threads { try thread.start() }
        for thread in threads { try thread.join() }
        #expect(counter.value == 400_000)
    }

    @Test("a ProcessLock is taken, refused while held, and freed by release")
    func lockBasics() throws {
        let lock = try ProcessLock()
        #expect(!lock.locked)
        #expect(lock.acquire())
        #expect(lock.locked)
        #expect(!lock.acquire(blocking: false))
        #expect(!lock.acquire(timeout: 0))
        #expect(!lock.acquire(timeout: -1))
        try lock.release()
        #expect(!lock.locked)
        #expect(lock.acquire(blocking: false))
        try lock.release()
    }

    @Test("releasing an unlocked ProcessLock throws Python's ValueError, traced or not")
    func releaseUnlocked() throws {
        let fixture = TraceFixture()
        for lock in [try ProcessLock(), try ProcessLock(tracer: fixture.tracer)] {
            #expect(throws: ValueError("semaphore or lock released too many times")) { try lock.release() }
            lock.acquire()
            try lock.release()
            #expect(throws: ValueError("semaphore or lock released too many times")) { try lock.release() }
        }
    }

    @Test("any thread may release a ProcessLock, as in Python")
    func foreignRelease() throws {
        let lock = try ProcessLock()
        lock.acquire()
        let thread = Thread { try lock.release() }
        try thread.start()
        try thread.join()
        #expect(thread.error == nil)
        #expect(!lock.locked)
    }

    @Test("acquire with a timeout on a held ProcessLock gives up and returns false")
    func lockTimeout() throws {
        let lock = try ProcessLock()
        lock.acquire()
        let result = GuardedBox<Bool?>(nil)
        let thread = Thread { result.value = lock.acquire(timeout: 0.05) }
        try thread.start()
        try thread.join()
        #expect(result.value == false)
        // Not reentrant: the holder itself is refused too.
        #expect(!lock.acquire(timeout: 0.01))
        try lock.release()
    }

    @Test("a thread blocked on a ProcessLock gets it once another releases it")
    func blockedAcquirerWakes() throws {
        let fixture = TraceFixture()
        let lock = try ProcessLock(tracer: fixture.tracer)
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
        #expect(thread.error == nil)
        #expect(!lock.locked)
    }

    @Test("a ProcessRLock is reentrant for its owner and free only after the last release")
    func rlockReentry() throws {
        let lock = try ProcessRLock()
        #expect(!lock.isOwnedByCurrentThread)
        #expect(lock.acquire())
        #expect(lock.acquire(blocking: false))
        #expect(lock.acquire(timeout: 0))
        #expect(lock.isOwnedByCurrentThread)
        let takenElsewhere = GuardedBox<[Bool]>([])
        func tryFromAnotherThread() throws {
            let thread = Thread {
                let taken = lock.acquire(blocking: false)
                if taken { try lock.release() }
                takenElsewhere.value.append(taken)
            }
            try thread.start()
            try thread.join()
        }
        try lock.release()
        try lock.release()
        try tryFromAnotherThread()
        try lock.release()
        #expect(!lock.isOwnedByCurrentThread)
        try tryFromAnotherThread()
        #expect(takenElsewhere.value == [false, true])
    }

    @Test("only the owner may release a ProcessRLock")
    func rlockNonOwnerRelease() throws {
        let lock = try ProcessRLock()
        #expect(throws: RuntimeError("cannot release un-acquired lock")) { try lock.release() }
        lock.acquire()
        let thread = Thread { try lock.release() }
        try thread.start()
        try thread.join()
        #expect(thread.error as? RuntimeError == RuntimeError("cannot release un-acquired lock"))
        #expect(lock.isOwnedByCurrentThread)
        try lock.release()
    }

    @Test("withLock on a ProcessRLock nests, and frees the lock when the body throws")
    func rlockWithLock() throws {
        struct Failure: Error {}
        let lock = try ProcessRLock()
        let depth = lock.withLock { lock.withLock { lock.isOwnedByCurrentThread } }
        #expect(depth)
        #expect(throws: Failure.self) { try lock.withLock { throw Failure() } }
        #expect(!lock.isOwnedByCurrentThread)
        #expect(lock.acquire(blocking: false))
        try lock.release()
    }
}
