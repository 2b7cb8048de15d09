import TestSupport
import Testing
import Threading

private struct Late: Error {}

/// CPython's `BarrierTests` fixture: a barrier of 5 parties with a default timeout of 2 s,
/// aborted at the end so that no thread can be left waiting on it.
private let parties = 5

private func makeBarrier() throws -> Barrier {
    try Barrier(parties: parties, timeout: 2, tracer: .disabled)
}

@Suite("CPython lock_tests: BarrierTests")
struct LockTestsBarrierConformance {
    /// CPython's `multipass`: every thread appends, waits, appends again, waits; after each
    /// wait the other list has grown by exactly one round.
    private func passInLockstep(rounds: Int) throws {
        let barrier = try makeBarrier()
        defer { barrier.abort() }
        let before = SharedList<Bool>()
        let after = SharedList<Bool>()
        let mismatches = SharedList<String>()
        try Bunch(parties) {
            for round in 0..<rounds {
                before.append(true)
                if after.values.count != round * parties { mismatches.append("after: \(after.values.count)") }
                try barrier.wait()
                after.append(true)
                if before.values.count != (round + 1) * parties {
                    mismatches.append("before: \(before.values.count)")
                }
                try barrier.wait()
            }
            if barrier.nWaiting != 0 { mismatches.append("n_waiting: \(barrier.nWaiting)") }
            if barrier.broken { mismatches.append("broken") }
        }.join()
        #expect(mismatches.values == [])
    }

    @Test("lock_tests.BarrierTests.test_barrier: 5 threads pass the barrier in lockstep")
    func barrier() throws {
        try passInLockstep(rounds: 1)
    }

    @Test("lock_tests.BarrierTests.test_barrier_10: 5 threads pass the barrier in lockstep 10 rounds running")
    func barrier10() throws {
        try passInLockstep(rounds: 10)
    }

    @Test("lock_tests.BarrierTests.test_wait_return: wait returns each index from 0 to parties - 1 once")
    func waitReturn() throws {
        let barrier = try makeBarrier()
        defer { barrier.abort() }
        let indices = SharedList<Int>()
        try Bunch(parties) { indices.append(try barrier.wait()) }.join()
        #expect(indices.values.reduce(0, +) == (0..<parties).reduce(0, +))
    }

    @Test("lock_tests.BarrierTests.test_action: the action runs once, before any party is released")
    func action() throws {
        let ran = Counter()
        let barrier = try Barrier(parties: parties, action: { ran.increment() }, tracer: .disabled)
        defer { barrier.abort() }
        let seen = SharedList<Int>()
        try Bunch(parties) {
            try barrier.wait()
            seen.append(ran.value)
        }.join()
        #expect(seen.values == Array(repeating: 1, count: parties))
    }

    @Test("lock_tests.BarrierTests.test_abort: abort breaks the barrier for every waiting and later party")
    func abort() throws {
        let barrier = try makeBarrier()
        defer { barrier.abort() }
        let passed = SharedList<Bool>()
        let broken = SharedList<Bool>()
        try Bunch(parties) {
            do {
                if try barrier.wait() == parties / 2 { throw Late() }
                try barrier.wait()
                passed.append(true)
            } catch is BrokenBarrierError {
                broken.append(true)
            } catch is Late {
                barrier.abort()
            }
        }.join()
        #expect(passed.values.isEmpty)
        #expect(broken.values.count == parties - 1)
        #expect(barrier.broken)
    }

    @Test(
        "lock_tests.BarrierTests.test_reset: reset frees the waiting parties with BrokenBarrierError, and the barrier works again"
    )
    func reset() throws {
        let barrier = try makeBarrier()
        defer { barrier.abort() }
        let passed = SharedList<Bool>()
        let broken = SharedList<Bool>()
        let passedAgain = SharedList<Bool>()
        try Bunch(parties) {
            if try barrier.wait() == parties / 2 {
                guard eventually({ barrier.nWaiting >= parties - 1 }) else { return }
                barrier.reset()
            } else {
                do {
                    try barrier.wait()
                    passed.append(true)
                } catch is BrokenBarrierError {
                    broken.append(true)
                }
            }
            try barrier.wait()
            passedAgain.append(true)
        }.join()
        #expect(passed.values.isEmpty)
        #expect(broken.values.count == parties - 1)
        #expect(passedAgain.values.count == parties)
    }

    @Test("lock_tests.BarrierTests.test_abort_and_reset: a broken barrier works again after reset")
    func abortAndReset() throws {
        let barrier = try makeBarrier()
        defer { barrier.abort() }
        let meeting = try Barrier(parties: parties, timeout: 60, tracer: .disabled)
        defer { meeting.abort() }
        let passed = SharedList<Bool>()
        let broken = SharedList<Bool>()
        let passedAgain = SharedList<Bool>()
        try Bunch(parties) {
            do {
                if try barrier.wait() == parties / 2 { throw Late() }
                try barrier.wait()
                passed.append(true)
            } catch is BrokenBarrierError {
                broken.append(true)
            } catch is Late {
                barrier.abort()
            }
            // Everyone has left the barrier before the reset, and nobody enters it before.
            if try meeting.wait() == parties / 2 { barrier.reset() }
            try meeting.wait()
            try barrier.wait()
            passedAgain.append(true)
        }.join()
        #expect(passed.values.isEmpty)
        #expect(broken.values.count == parties - 1)
        #expect(passedAgain.values.count == parties)
    }

    @Test(
        "lock_tests.BarrierTests.test_timeout: a wait whose timeout passes before a late party arrives breaks the barrier"
    )
    func timeout() throws {
        let barrier = try makeBarrier()
        defer { barrier.abort() }
        let outcomes = SharedList<Bool>()
        try Bunch(parties) {
            // The late party sleeps well past the others' timeout (CPython: 1 s against 0.5 s).
            if try barrier.wait() == parties / 2 { Time.sleep(0.4, tracer: .disabled) }
            do {
                try barrier.wait(timeout: 0.1)
                outcomes.append(false)
            } catch is BrokenBarrierError {
                outcomes.append(true)
            }
        }.join()
        #expect(outcomes.values == Array(repeating: true, count: parties))
    }

    @Test(
        "lock_tests.BarrierTests.test_default_timeout: the barrier's own timeout breaks a wait given none, after at least that long"
    )
    func defaultTimeout() throws {
        let barrier = try Barrier(parties: 2, timeout: 0.1, tracer: .disabled)
        var raised: Bool?
        let taken = try secondsTaken {
            raised = try onOtherThread { () -> Bool in
                do {
                    try barrier.wait()
                    return false
                } catch is BrokenBarrierError {
                    return true
                }
            }
        }
        #expect(raised == true)
        #expect(taken >= 0.1)
    }

    @Test("lock_tests.BarrierTests.test_single_thread: a barrier of one party never waits")
    func singleThread() throws {
        let barrier = try Barrier(parties: 1, tracer: .disabled)
        #expect(try barrier.wait() == 0)
        #expect(try barrier.wait() == 0)
    }
}
