import TestSupport
import Testing
import Threading

/// The semaphore types `BaseSemaphoreTests` runs against, as CPython's `SemaphoreTests` and
/// `BoundedSemaphoreTests` do.
enum SemaphoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case semaphore = "Semaphore"
    case bounded = "BoundedSemaphore"

    func make(_ value: Int = 1) throws -> Semaphore {
        switch self {
        case .semaphore: try Semaphore(value: value, tracer: .disabled)
        case .bounded: try BoundedSemaphore(value: value, tracer: .disabled)
        }
    }

    var testDescription: String { rawValue }
}

private struct Thrown: Error {}

@Suite("CPython lock_tests: BaseSemaphoreTests, SemaphoreTests, BoundedSemaphoreTests")
struct LockTestsSemaphoreConformance {
    @Test(
        "lock_tests.BaseSemaphoreTests.test_constructor: a negative initial value raises ValueError",
        arguments: SemaphoreKind.allCases)
    func constructor(kind: SemaphoreKind) {
        #expect(throws: ValueError.self) { try kind.make(-1) }
        #expect(throws: ValueError.self) { try kind.make(-Int.max) }
    }

    @Test(
        "lock_tests.BaseSemaphoreTests.test_acquire / test_acquire_destroy: units are taken and given back, and a semaphore may be dropped while taken",
        arguments: SemaphoreKind.allCases)
    func acquire(kind: SemaphoreKind) throws {
        let one = try kind.make(1)
        #expect(one.acquire())
        try one.release()
        let two = try kind.make(2)
        #expect(two.acquire())
        #expect(two.acquire())
        try two.release()
        try two.release()
        let dropped = try kind.make()
        #expect(dropped.acquire())
    }

    /// CPython's `test_acquire_contended` and `test_multirelease`: 10 threads take two units
    /// each from a semaphore of 7 with one taken; releases let exactly that many more through.
    private func contended(kind: SemaphoreKind, release: (Semaphore, Int) throws -> Void) throws {
        let semaphore = try kind.make(7)
        semaphore.acquire()
        let granted = SharedList<Bool>()
        let phases = SharedList<Int>()
        let phase = GuardedBox(0)
        let bunch = try Bunch(10) {
            for _ in 0..<2 {
                granted.append(semaphore.acquire(timeout: 60))
                phases.append(phase.value)
            }
        }
        #expect(eventually { phases.values.count >= 6 })
        #expect(phases.values == Array(repeating: 0, count: 6))

        phase.value = 1
        try release(semaphore, 7)
        #expect(eventually { phases.values.count >= 13 })
        #expect(phases.values.sorted() == Array(repeating: 0, count: 6) + Array(repeating: 1, count: 7))

        phase.value = 2
        try release(semaphore, 6)
        #expect(eventually { phases.values.count >= 19 })
        #expect(
            phases.values.sorted()
                == Array(repeating: 0, count: 6) + Array(repeating: 1, count: 7)
                + Array(repeating: 2, count: 6))
        #expect(!semaphore.acquire(blocking: false))

        try semaphore.release()
        try bunch.join()
        #expect(granted.values == Array(repeating: true, count: 20))
    }

    @Test(
        "lock_tests.BaseSemaphoreTests.test_acquire_contended: each release lets exactly one blocked acquire through",
        arguments: SemaphoreKind.allCases)
    func acquireContended(kind: SemaphoreKind) throws {
        try contended(kind: kind) { semaphore, count in
            for _ in 0..<count { try semaphore.release() }
        }
    }

    @Test(
        "lock_tests.BaseSemaphoreTests.test_multirelease: release(n) lets exactly n blocked acquires through",
        arguments: SemaphoreKind.allCases)
    func multirelease(kind: SemaphoreKind) throws {
        try contended(kind: kind) { semaphore, count in try semaphore.release(count) }
    }

    @Test(
        "lock_tests.BaseSemaphoreTests.test_try_acquire: a non-blocking acquire succeeds while units are left, then fails",
        arguments: SemaphoreKind.allCases)
    func tryAcquire(kind: SemaphoreKind) throws {
        let semaphore = try kind.make(2)
        #expect(semaphore.acquire(blocking: false))
        #expect(semaphore.acquire(blocking: false))
        #expect(!semaphore.acquire(blocking: false))
        try semaphore.release()
        #expect(semaphore.acquire(blocking: false))
    }

    @Test(
        "lock_tests.BaseSemaphoreTests.test_try_acquire_contended: 10 non-blocking tries from 5 threads get exactly the 3 units left",
        arguments: SemaphoreKind.allCases)
    func tryAcquireContended(kind: SemaphoreKind) throws {
        let semaphore = try kind.make(4)
        semaphore.acquire()
        let results = SharedList<Bool>()
        try Bunch(5) {
            results.append(semaphore.acquire(blocking: false))
            results.append(semaphore.acquire(blocking: false))
        }.join()
        #expect(
            results.values.sorted { !$0 && $1 } == Array(repeating: false, count: 7)
                + Array(repeating: true, count: 3))
    }

    @Test(
        "lock_tests.BaseSemaphoreTests.test_acquire_timeout: timed acquires succeed while units are left and fail after waiting their timeout",
        arguments: SemaphoreKind.allCases)
    func acquireTimeout(kind: SemaphoreKind) throws {
        let semaphore = try kind.make(2)
        #expect(semaphore.acquire(timeout: 0.005))
        #expect(semaphore.acquire(timeout: 0.005))
        #expect(!semaphore.acquire(timeout: 0.005))
        try semaphore.release()
        #expect(semaphore.acquire(timeout: 0.005))
        var acquired = true
        let taken = secondsTaken { acquired = semaphore.acquire(timeout: 0.1) }
        #expect(!acquired)
        expectWaited(taken, atLeast: 0.1)
    }

    @Test(
        "lock_tests.BaseSemaphoreTests.test_default_value: the default value is 1, so a second acquirer blocks until a release",
        arguments: SemaphoreKind.allCases)
    func defaultValue(kind: SemaphoreKind) throws {
        let semaphore = try kind.make()
        semaphore.acquire()
        let bunch = try Bunch(1) {
            guard semaphore.acquire(timeout: 60) else { return }
            try semaphore.release()
        }
        letThreadsBlock()
        #expect(bunch.finished.value == 0)
        try semaphore.release()
        try bunch.join()
        #expect(bunch.finished.value == 1)
    }

    @Test(
        "lock_tests.BaseSemaphoreTests.test_with: withLock holds one unit for its body and gives it back, also when the body throws",
        arguments: SemaphoreKind.allCases)
    func withLock(kind: SemaphoreKind) throws {
        let semaphore = try kind.make(2)
        func nested(throwing: Bool) throws {
            try semaphore.withLock {
                #expect(semaphore.acquire(blocking: false))
                try semaphore.release()
                try semaphore.withLock {
                    #expect(!semaphore.acquire(blocking: false))
                    if throwing { throw Thrown() }
                }
            }
        }
        try nested(throwing: false)
        #expect(semaphore.acquire(blocking: false))
        try semaphore.release()
        #expect(throws: Thrown.self) { try nested(throwing: true) }
        #expect(semaphore.acquire(blocking: false))
        try semaphore.release()
    }

    @Test(
        "lock_tests.SemaphoreTests.test_release_unacquired: an unbounded Semaphore may be released beyond its initial value"
    )
    func semaphoreReleaseUnacquired() throws {
        let semaphore = try Semaphore(value: 1, tracer: .disabled)
        try semaphore.release()
        #expect(semaphore.acquire(blocking: false))
        #expect(semaphore.acquire(blocking: false))
        try semaphore.release()
    }

    @Test(
        "lock_tests.BoundedSemaphoreTests.test_release_unacquired: a BoundedSemaphore raises ValueError when released past its initial value"
    )
    func boundedReleaseUnacquired() throws {
        let semaphore = try BoundedSemaphore(tracer: .disabled)
        #expect(throws: ValueError.self) { try semaphore.release() }
        semaphore.acquire()
        try semaphore.release()
        #expect(throws: ValueError.self) { try semaphore.release() }
    }
}
