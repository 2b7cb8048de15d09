import TestSupport
import Testing
import Trace

@testable import Threading

@Suite("Threading: Barrier")
struct ThreadingBarrierTests {
    @Test("parties below 1 throw ValueError")
    func invalidParties() {
        #expect(throws: ValueError("parties must be > 0")) { try Barrier(parties: 0) }
    }

    @Test("all parties pass together, with distinct indices, the action run once per round")
    func rounds() throws {
        let actions = GuardedCounter()
        let barrier = try Barrier(parties: 3, action: { actions.increment() })
        let indices = GuardedCounter()
        let threads = (0..<3).map { _ in
            Thread {
                for round in 0..<5 {
                    let index = try barrier.wait(timeout: 10)
                    indices.append("\(round):\(index)")
                }
            }
        }
        for thread in threads { try thread.start() }
        for thread in threads { try thread.join() }
        #expect(threads.allSatisfy { $0.error == nil })
        #expect(actions.value == 5)
        let expected = (0..<5).flatMap { round in (0..<3).map { "\(round):\($0)" } }
        #expect(indices.entries.sorted() == expected.sorted())
        #expect(barrier.nWaiting == 0)
        #expect(!barrier.broken)
    }

    @Test("abort breaks the barrier for the waiting parties and for later ones until reset")
    func abort() throws {
        let fixture = TraceFixture()
        let barrier = try Barrier(parties: 3, tracer: fixture.tracer)
        let resource = barrier.trace.resource
        let waiter = Thread(tracer: fixture.tracer) { try barrier.wait() }
        try waiter.start()
        #expect(eventually { barrier.nWaiting == 1 })
        #expect(fixture.state.waiters(of: resource) == [waiter.actor])
        barrier.abort()
        try waiter.join(timeout: 10)
        #expect(waiter.error as? BrokenBarrierError == BrokenBarrierError())
        #expect(barrier.broken)
        #expect(throws: BrokenBarrierError()) { try barrier.wait(timeout: 10) }
        barrier.reset()
        #expect(!barrier.broken)
    }

    @Test("a timeout breaks the barrier for everyone, as in Python")
    func timeoutBreaks() throws {
        let barrier = try Barrier(parties: 2, timeout: 0.05)
        #expect(throws: BrokenBarrierError()) { try barrier.wait() }
        #expect(barrier.broken)
    }

    @Test("reset while a party waits raises BrokenBarrierError in it and reopens the barrier")
    func resetWhileWaiting() throws {
        let barrier = try Barrier(parties: 2)
        let waiter = Thread { try barrier.wait(timeout: 10) }
        try waiter.start()
        #expect(eventually { barrier.nWaiting == 1 })
        barrier.reset()
        try waiter.join(timeout: 10)
        #expect(waiter.error as? BrokenBarrierError == BrokenBarrierError())
        #expect(!barrier.broken)
        let partner = Thread { try barrier.wait(timeout: 10) }
        try partner.start()
        let index = try barrier.wait(timeout: 10)
        try partner.join()
        #expect(partner.error == nil)
        #expect(index == 0 || index == 1)
    }

    @Test("an action that throws breaks the barrier; its thread gets the action's error")
    func throwingAction() throws {
        struct Boom: Error, Equatable {}
        let barrier = try Barrier(parties: 2, action: { throw Boom() })
        let waiter = Thread { try barrier.wait(timeout: 10) }
        try waiter.start()
        #expect(eventually { barrier.nWaiting == 1 })
        #expect(throws: Boom()) { try barrier.wait(timeout: 10) }
        try waiter.join(timeout: 10)
        #expect(waiter.error as? BrokenBarrierError == BrokenBarrierError())
        #expect(barrier.broken)
    }
}
