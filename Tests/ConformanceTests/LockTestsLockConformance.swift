import TestSupport
import Testing
import Threading

/// What CPython's `BaseLockTests` ask of both `Lock` and `RLock`.
protocol ConformanceLock: AnyObject, Sendable {
    @discardableResult func acquire(blocking: Bool, timeout: Double?) -> Bool
    func release() throws
    func withLock<T>(_ body: () throws -> T) rethrows -> T
}

extension Lock: ConformanceLock {}
extension RLock: ConformanceLock {}
extension Condition: ConformanceLock {}

/// The lock types `BaseLockTests` runs against, as CPython's `LockTests` and `RLockTests` do,
/// and test_threading's `ConditionAsRLockTests` with a default `Condition`.
enum LockKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case lock = "Lock"
    case rlock = "RLock"
    case condition = "Condition"

    func make() -> any ConformanceLock {
        switch self {
        case .lock: Lock(tracer: .disabled)
        case .rlock: RLock(tracer: .disabled)
        case .condition: Condition(tracer: .disabled)
        }
    }

    var testDescription: String { rawValue }
}

private struct Thrown: Error {}

@Suite("CPython lock_tests: BaseLockTests, LockTests, RLockTests")
struct LockTestsLockConformance {
    @Test(
        "lock_tests.BaseLockTests.test_acquire_destroy / test_acquire_release: a lock is taken, given back, and may be dropped while held",
        arguments: LockKind.allCases)
    func acquireRelease(kind: LockKind) throws {
        let held = kind.make()
        #expect(held.acquire(blocking: true, timeout: nil))
        let lock = kind.make()
        #expect(lock.acquire(blocking: true, timeout: nil))
        try lock.release()
    }

    @Test(
        "lock_tests.BaseLockTests.test_try_acquire: a free lock is taken without blocking",
        arguments: LockKind.allCases)
    func tryAcquire(kind: LockKind) throws {
        let lock = kind.make()
        #expect(lock.acquire(blocking: false, timeout: nil))
        try lock.release()
    }

    @Test(
        "lock_tests.BaseLockTests.test_try_acquire_contended: another thread cannot take a held lock without blocking",
        arguments: LockKind.allCases)
    func tryAcquireContended(kind: LockKind) throws {
        let lock = kind.make()
        lock.acquire(blocking: true, timeout: nil)
        let result = try onOtherThread { lock.acquire(blocking: false, timeout: nil) }
        #expect(result == false)
        try lock.release()
    }

    @Test(
        "lock_tests.BaseLockTests.test_acquire_contended: 5 threads block on a held lock and all get it once it is released",
        arguments: LockKind.allCases)
    func acquireContended(kind: LockKind) throws {
        let lock = kind.make()
        lock.acquire(blocking: true, timeout: nil)
        let bunch = try Bunch(5) {
            lock.acquire(blocking: true, timeout: nil)
            try lock.release()
        }
        letThreadsBlock()
        #expect(bunch.finished.value == 0)
        try lock.release()
        try bunch.join()
        #expect(bunch.finished.value == 5)
    }

    @Test(
        "lock_tests.BaseLockTests.test_with: withLock frees the lock after its body, also when the body throws",
        arguments: LockKind.allCases)
    func withLock(kind: LockKind) throws {
        let lock = kind.make()
        let takeAndFree: @Sendable () throws -> Bool = {
            guard lock.acquire(blocking: true, timeout: 10) else { return false }
            try lock.release()
            return true
        }
        lock.withLock {}
        #expect(try onOtherThread(takeAndFree) == true)
        #expect(throws: Thrown.self) { try lock.withLock { throw Thrown() } }
        #expect(try onOtherThread(takeAndFree) == true)
    }

    @Test(
        "lock_tests.BaseLockTests.test_timeout: a free lock is taken at once; a held one refuses after waiting its timeout",
        arguments: LockKind.allCases)
    func timeout(kind: LockKind) throws {
        let lock = kind.make()
        #expect(lock.acquire(blocking: true, timeout: 5))
        let outcome = try onOtherThread { () -> (Bool, Double) in
            var acquired = true
            let taken = secondsTaken { acquired = lock.acquire(blocking: true, timeout: 0.1) }
            return (acquired, taken)
        }
        #expect(outcome?.0 == false)
        expectWaited(outcome?.1 ?? 0, atLeast: 0.1)
        try lock.release()
    }

    @Test(
        "lock_tests.BaseLockTests.test_weakref_exists / test_weakref_deleted: a lock lives while referenced and is freed after",
        arguments: LockKind.allCases)
    func weakReference(kind: LockKind) {
        var lock: (any ConformanceLock)? = kind.make()
        let reference = WeakReference(lock)
        #expect(reference.object != nil)
        lock = nil
        #expect(reference.object == nil)
    }

    @Test(
        "lock_tests.LockTests.test_reacquire: a thread taking a Lock it holds waits until another thread releases it"
    )
    func lockReacquire() throws {
        let lock = Lock(tracer: .disabled)
        let phase = Counter()
        let bunch = try Bunch(1) {
            lock.acquire()
            phase.increment()
            guard lock.acquire(timeout: 60) else { return }
            phase.increment()
        }
        #expect(eventually { phase.value == 1 })
        letThreadsBlock()
        #expect(phase.value == 1)
        try lock.release()
        try bunch.join()
        #expect(phase.value == 2)
    }

    @Test(
        "lock_tests.LockTests.test_different_thread: a Lock may be released by a thread that did not take it")
    func lockDifferentThread() throws {
        let lock = Lock(tracer: .disabled)
        lock.acquire()
        try Bunch(1) { try lock.release() }.join()
        #expect(lock.acquire(blocking: false))
        try lock.release()
    }

    @Test("lock_tests.LockTests.test_state_after_timeout: after a timed-out acquire the lock is still usable")
    func lockStateAfterTimeout() throws {
        let lock = Lock(tracer: .disabled)
        lock.acquire()
        #expect(!lock.acquire(timeout: 0.01))
        try lock.release()
        #expect(!lock.locked)
        #expect(lock.acquire(blocking: false))
        try lock.release()
    }

    @Test("lock_tests.RLockTests.test_reacquire: the owner takes an RLock again and frees it level by level")
    func rlockReacquire() throws {
        let lock = RLock(tracer: .disabled)
        lock.acquire()
        lock.acquire()
        try lock.release()
        lock.acquire()
        try lock.release()
        try lock.release()
        #expect(try onOtherThread { lock.acquire(blocking: false) } == true)
    }

    @Test(
        "lock_tests.RLockTests.test_release_unacquired: releasing an RLock not held, or once too often, raises RuntimeError"
    )
    func rlockReleaseUnacquired() throws {
        let lock = RLock(tracer: .disabled)
        #expect(throws: RuntimeError.self) { try lock.release() }
        lock.acquire()
        lock.acquire()
        try lock.release()
        lock.acquire()
        try lock.release()
        try lock.release()
        #expect(throws: RuntimeError.self) { try lock.release() }
    }

    @Test(
        "lock_tests.RLockTests.test_different_thread: an RLock cannot be released by a thread that does not own it"
    )
    func rlockDifferentThread() throws {
        let lock = RLock(tracer: .disabled)
        let taken = Event(tracer: .disabled)
        let finish = Event(tracer: .disabled)
        let bunch = try Bunch(1) {
            lock.acquire()
            taken.set()
            finish.wait(timeout: 60)
            try lock.release()
        }
        #expect(taken.wait(timeout: 60))
        #expect(throws: RuntimeError.self) { try lock.release() }
        finish.set()
        try bunch.join()
    }

    @Test(
        "lock_tests.RLockTests.test__is_owned: an RLock is owned by the thread that holds it, at every level, and by no other"
    )
    func rlockIsOwned() throws {
        let lock = RLock(tracer: .disabled)
        #expect(!lock.isOwnedByCurrentThread)
        lock.acquire()
        #expect(lock.isOwnedByCurrentThread)
        lock.acquire()
        #expect(lock.isOwnedByCurrentThread)
        #expect(try onOtherThread { lock.isOwnedByCurrentThread } == false)
        try lock.release()
        #expect(lock.isOwnedByCurrentThread)
        try lock.release()
        #expect(!lock.isOwnedByCurrentThread)
    }
}
