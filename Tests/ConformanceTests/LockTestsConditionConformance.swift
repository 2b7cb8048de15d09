import TestSupport
import Testing
import Threading

/// One return from `wait()`: its result and the phase the main thread had reached.
private struct Wake: Equatable, Sendable {
    var result: Bool
    var phase: Int
}

@Suite("CPython lock_tests: ConditionTests")
struct LockTestsConditionConformance {
    @Test(
        "lock_tests.ConditionTests.test_acquire: a default Condition is reentrant; one on a Lock holds exactly that lock"
    )
    func acquire() throws {
        let reentrant = Condition(tracer: .disabled)
        reentrant.acquire()
        reentrant.acquire()
        try reentrant.release()
        try reentrant.release()
        let lock = Lock(tracer: .disabled)
        let condition = Condition(lock: lock, tracer: .disabled)
        condition.acquire()
        #expect(!lock.acquire(blocking: false))
        try condition.release()
        #expect(lock.acquire(blocking: false))
        #expect(!condition.acquire(blocking: false))
        try lock.release()
        condition.withLock { #expect(!lock.acquire(blocking: false)) }
    }

    @Test(
        "lock_tests.ConditionTests.test_unacquired_wait: waiting without holding the lock raises RuntimeError"
    )
    func unacquiredWait() {
        let condition = Condition(tracer: .disabled)
        #expect(throws: RuntimeError.self) { try condition.wait(timeout: 0) }
    }

    @Test(
        "lock_tests.ConditionTests.test_unacquired_notify: notifying without holding the lock raises RuntimeError"
    )
    func unacquiredNotify() {
        let condition = Condition(tracer: .disabled)
        #expect(throws: RuntimeError.self) { try condition.notify() }
    }

    /// CPython's `_check_notify`: five threads wait twice; notify(3), then notify(5), then
    /// notify_all wake exactly the longest waiting threads, each once, in the phase set before
    /// the lock was released.
    private func checkNotify(_ condition: Condition) throws {
        let ready = SharedList<Int>()
        let firstWakes = SharedList<Wake>()
        let secondWakes = SharedList<Wake>()
        let phase = GuardedBox(0)
        let bunch = try Bunch(5) {
            for wakes in [firstWakes, secondWakes] {
                condition.acquire()
                ready.append(phase.value)
                let result = try condition.wait(timeout: 60)
                try condition.release()
                wakes.append(Wake(result: result, phase: phase.value))
            }
        }
        // A thread appends to `ready` holding the lock and frees it only inside wait(), so once
        // the main thread holds the lock every counted thread is waiting.
        #expect(eventually { ready.values.count >= 5 })
        ready.removeAll()
        #expect(firstWakes.values.isEmpty)

        condition.acquire()
        try condition.notify(3)
        letThreadsBlock()
        phase.value = 1
        try condition.release()
        #expect(eventually { firstWakes.values.count >= 3 })
        #expect(firstWakes.values == Array(repeating: Wake(result: true, phase: 1), count: 3))
        #expect(secondWakes.values.isEmpty)

        #expect(eventually { ready.values.count >= 3 })
        condition.acquire()
        try condition.notify(5)
        letThreadsBlock()
        phase.value = 2
        try condition.release()
        #expect(eventually { firstWakes.values.count + secondWakes.values.count >= 8 })
        let firstAfterPhase2 =
            Array(repeating: Wake(result: true, phase: 1), count: 3)
            + Array(repeating: Wake(result: true, phase: 2), count: 2)
        #expect(firstWakes.values == firstAfterPhase2)
        #expect(secondWakes.values == Array(repeating: Wake(result: true, phase: 2), count: 3))

        #expect(eventually { ready.values.count >= 5 })
        condition.acquire()
        try condition.notifyAll()
        letThreadsBlock()
        phase.value = 3
        try condition.release()
        #expect(eventually { secondWakes.values.count >= 5 })
        #expect(firstWakes.values == firstAfterPhase2)
        #expect(
            secondWakes.values
                == Array(repeating: Wake(result: true, phase: 2), count: 3)
                + Array(repeating: Wake(result: true, phase: 3), count: 2))
        try bunch.join()
    }

    @Test(
        "lock_tests.ConditionTests.test_notify: notify(n) and notify_all wake the longest waiters, twice on one condition"
    )
    func notify() throws {
        let condition = Condition(tracer: .disabled)
        try checkNotify(condition)
        try checkNotify(condition)
    }

    @Test(
        "lock_tests.ConditionTests.test_timeout: un-notified waits return false after at least their timeout")
    func timeout() throws {
        let condition = Condition(tracer: .disabled)
        let results = SharedList<(Double, Bool)>()
        try Bunch(5) {
            condition.acquire()
            var result = true
            let taken = try secondsTaken { result = try condition.wait(timeout: 0.1) }
            try condition.release()
            results.append((taken, result))
        }.join()
        #expect(results.values.count == 5)
        for (taken, result) in results.values {
            expectWaited(taken, atLeast: 0.1)
            #expect(!result)
        }
    }

    @Test(
        "lock_tests.ConditionTests.test_waitfor: wait_for returns true once notifications make the predicate hold"
    )
    func waitFor() throws {
        let condition = Condition(tracer: .disabled)
        let state = GuardedBox(0)
        let seen = GuardedBox<(Bool, Int)?>(nil)
        let bunch = try Bunch(1) {
            try condition.withLock {
                let result = try condition.waitFor({ state.value == 4 }, timeout: 60)
                seen.value = (result, state.value)
            }
        }
        for _ in 0..<4 {
            Time.sleep(0.01, tracer: .disabled)
            try condition.withLock {
                state.value += 1
                try condition.notify()
            }
        }
        try bunch.join()
        #expect(seen.value?.0 == true)
        #expect(seen.value?.1 == 4)
    }

    @Test(
        "lock_tests.ConditionTests.test_waitfor_timeout: wait_for gives up with false after its timeout when the predicate never holds"
    )
    func waitForTimeout() throws {
        let condition = Condition(tracer: .disabled)
        let state = GuardedBox(0)
        let seen = GuardedBox<(Bool, Double)?>(nil)
        let bunch = try Bunch(1) {
            try condition.withLock {
                var result = true
                let taken = try secondsTaken {
                    result = try condition.waitFor({ state.value == 4 }, timeout: 0.1)
                }
                seen.value = (result, taken)
            }
        }
        for _ in 0..<3 {
            Time.sleep(0.01, tracer: .disabled)
            try condition.withLock {
                state.value += 1
                try condition.notify()
            }
        }
        try bunch.join()
        #expect(seen.value?.0 == false)
        expectWaited(seen.value?.1 ?? 0, atLeast: 0.1)
    }
}
