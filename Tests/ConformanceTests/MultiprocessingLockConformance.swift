import Multiprocessing
import TestSupport
import Testing
import Threading

@Suite("CPython _test_multiprocessing: _TestLock, _TestSemaphore")
struct MultiprocessingLockConformance {
    @Test(
        "_test_multiprocessing._TestLock.test_lock: a process Lock is taken once, refused while held, and raises on a second release"
    )
    func lock() throws {
        let lock = try ProcessLock(tracer: .disabled)
        #expect(lock.acquire())
        #expect(!lock.acquire(blocking: false))
        try lock.release()
        #expect(throws: ValueError.self) { try lock.release() }
    }

    @Test(
        "_test_multiprocessing._TestLock.test_rlock: a process RLock is taken three times, freed three times, then raises"
    )
    func rlock() throws {
        let lock = try ProcessRLock(tracer: .disabled)
        for _ in 0..<3 { #expect(lock.acquire()) }
        for _ in 0..<3 { try lock.release() }
        #expect(throws: RuntimeError.self) { try lock.release() }
    }

    @Test(
        "_test_multiprocessing._TestLock.test_lock_context: withLock takes a process Lock and gives it back")
    func lockContext() throws {
        let lock = try ProcessLock(tracer: .disabled)
        lock.withLock { #expect(lock.locked) }
        #expect(!lock.locked)
    }

    /// CPython's `_test_semaphore`: two units taken and given back, the value following each step.
    private func checkTwoUnits(_ semaphore: ProcessSemaphore) throws {
        #expect(semaphore.value == 2)
        #expect(semaphore.acquire())
        #expect(semaphore.value == 1)
        #expect(semaphore.acquire())
        #expect(semaphore.value == 0)
        #expect(!semaphore.acquire(blocking: false))
        #expect(semaphore.value == 0)
        try semaphore.release()
        #expect(semaphore.value == 1)
        try semaphore.release()
        #expect(semaphore.value == 2)
    }

    @Test(
        "_test_multiprocessing._TestSemaphore.test_semaphore: a process Semaphore counts down and up, and past its initial value"
    )
    func semaphore() throws {
        let semaphore = try ProcessSemaphore(value: 2, tracer: .disabled)
        try checkTwoUnits(semaphore)
        try semaphore.release()
        #expect(semaphore.value == 3)
        try semaphore.release()
        #expect(semaphore.value == 4)
    }

    @Test(
        "_test_multiprocessing._TestSemaphore.test_bounded_semaphore: a process BoundedSemaphore counts down and up"
    )
    func boundedSemaphore() throws {
        try checkTwoUnits(try ProcessBoundedSemaphore(value: 2, tracer: .disabled))
    }

    @Test(
        "_test_multiprocessing._TestSemaphore.test_timeout: an empty process Semaphore refuses at once without blocking and after its timeout with it"
    )
    func timeout() throws {
        let semaphore = try ProcessSemaphore(value: 0, tracer: .disabled)
        #expect(!semaphore.acquire(blocking: false))
        #expect(!semaphore.acquire(blocking: false, timeout: nil))
        #expect(!semaphore.acquire(blocking: false, timeout: 0.1))
        var acquired = true
        var taken = secondsTaken { acquired = semaphore.acquire(blocking: true, timeout: 0.1) }
        #expect(!acquired)
        expectWaited(taken, atLeast: 0.1)
        taken = secondsTaken { acquired = semaphore.acquire(timeout: 0.1) }
        #expect(!acquired)
        expectWaited(taken, atLeast: 0.1)
    }
}
