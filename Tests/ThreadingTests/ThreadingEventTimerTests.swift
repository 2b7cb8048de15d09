import TestSupport
import Testing
import Trace

@testable import Threading

@Suite("Threading: Event and Timer")
struct ThreadingEventTimerTests {
    @Test("an unset event's wait times out with false; a set one returns true at once")
    func eventWait() {
        let event = Event()
        #expect(!event.isSet)
        #expect(event.wait(timeout: 0.05) == false)
        event.set()
        #expect(event.isSet)
        #expect(event.wait(timeout: 0))
        #expect(event.wait())
        event.clear()
        #expect(!event.isSet)
        #expect(event.wait(timeout: 0) == false)
    }

    @Test("set releases every waiting thread, and the trace shows them waiting on the event")
    func setReleasesAll() throws {
        let fixture = TraceFixture()
        let event = Event(name: "go", tracer: fixture.tracer)
        let resource = event.trace.resource
        let results = GuardedCounter()
        let threads = (0..<3).map { _ in
            Thread(tracer: fixture.tracer) { if event.wait(timeout: 10) { results.increment() } }
        }
        for thread in threads { try thread.start() }
        #expect(eventually { fixture.state.waiters(of: resource).count == 3 })
        event.set()
        for thread in threads { try thread.join() }
        #expect(results.value == 3)
        #expect(fixture.state.isSet(resource) == true)
        #expect(fixture.state.waiters(of: resource).isEmpty)
    }

    @Test("a set() during the wait releases the waiter even when clear() follows at once, as in Python")
    func setThenClearReleasesWaiters() throws {
        let fixture = TraceFixture()
        let event = Event(name: "pulse", tracer: fixture.tracer)
        let results = GuardedCounter()
        let threads = (0..<3).map { _ in
            Thread(tracer: fixture.tracer) { if event.wait(timeout: 10) { results.increment() } }
        }
        for thread in threads { try thread.start() }
        #expect(eventually { fixture.state.waiters(of: event.trace.resource).count == 3 })
        event.set()
        event.clear()
        for thread in threads { try thread.join(timeout: 20) }
        #expect(results.value == 3)
        #expect(!event.isSet)
    }

    @Test("a timer calls its function after the interval")
    func timerFires() throws {
        let calls = GuardedCounter()
        let timer = Timer(interval: 0.01) { calls.increment() }
        try timer.start()
        try timer.join(timeout: 10)
        #expect(!timer.isAlive)
        #expect(calls.value == 1)
    }

    @Test("a timer cancelled before it fires never calls its function")
    func timerCancel() throws {
        let calls = GuardedCounter()
        let timer = Timer(interval: 60, name: "slow") { calls.increment() }
        #expect(timer.name == "slow")
        try timer.start()
        timer.cancel()
        try timer.join(timeout: 10)
        #expect(!timer.isAlive)
        #expect(calls.value == 0)
    }

    @Test("a timer cancelled before start never calls its function either")
    func timerCancelBeforeStart() throws {
        let calls = GuardedCounter()
        let timer = Timer(interval: 0) { calls.increment() }
        timer.cancel()
        try timer.start()
        try timer.join(timeout: 10)
        #expect(calls.value == 0)
    }
}
