import TestSupport
import Testing
import Trace

@testable import Threading

@Suite("CPython lock_tests: EventTests")
struct LockTestsEventConformance {
    @Test(
        "lock_tests.EventTests.test_is_set: set and clear change the flag, and repeating either changes nothing"
    )
    func isSet() {
        let event = Event(tracer: .disabled)
        #expect(!event.isSet)
        event.set()
        #expect(event.isSet)
        event.set()
        #expect(event.isSet)
        event.clear()
        #expect(!event.isSet)
        event.clear()
        #expect(!event.isSet)
    }

    /// CPython's `_check_notify`: every waiter is released by one `set()`, and a second wait on
    /// the set event returns at once.
    private func checkNotify(_ event: Event) throws {
        let first = SharedList<Bool>()
        let second = SharedList<Bool>()
        let bunch = try Bunch(5) {
            let woken = event.wait(timeout: 60)
            first.append(woken)
            second.append(event.wait(timeout: 60))
        }
        letThreadsBlock()
        #expect(first.values.isEmpty)
        event.set()
        try bunch.join()
        #expect(first.values == Array(repeating: true, count: 5))
        #expect(second.values == Array(repeating: true, count: 5))
    }

    @Test("lock_tests.EventTests.test_notify: set wakes all 5 waiters, again after an explicit clear")
    func notify() throws {
        let event = Event(tracer: .disabled)
        try checkNotify(event)
        event.set()
        event.clear()
        try checkNotify(event)
    }

    @Test(
        "lock_tests.EventTests.test_timeout: waits on an unset event time out with false; on a set one they return true"
    )
    func timeout() throws {
        let event = Event(tracer: .disabled)
        let immediate = SharedList<Bool>()
        let timed = SharedList<(Bool, Double)>()
        let waitTwice: @Sendable () -> Void = {
            let now = event.wait(timeout: 0)
            immediate.append(now)
            var result = false
            let taken = secondsTaken { result = event.wait(timeout: 0.1) }
            timed.append((result, taken))
        }
        try Bunch(5, waitTwice).join()
        #expect(immediate.values == Array(repeating: false, count: 5))
        for (result, taken) in timed.values {
            #expect(!result)
            expectWaited(taken, atLeast: 0.1)
        }
        immediate.removeAll()
        timed.removeAll()
        event.set()
        try Bunch(5, waitTwice).join()
        #expect(immediate.values == Array(repeating: true, count: 5))
        #expect(timed.values.map(\.0) == Array(repeating: true, count: 5))
    }

    @Test(
        "lock_tests.EventTests.test_set_and_clear: waiters woken by set return true even if clear came first")
    func setAndClear() throws {
        let fixture = TraceFixture()
        let event = Event(tracer: fixture.tracer)
        let results = SharedList<Bool>()
        let bunch = try Bunch(5, tracer: fixture.tracer) {
            let woken = event.wait(timeout: 60)
            results.append(woken)
        }
        // Every waiter must be asleep before set(), or one arriving after clear() would time out.
        #expect(eventually { allReported(bunch, .waiting(.event(event.trace.resource)), to: fixture) })
        event.set()
        event.clear()
        try bunch.join()
        #expect(results.values == Array(repeating: true, count: 5))
    }
}
