import TestSupport
import Testing
import Trace

@testable import Threading

@Suite("Threading: trace")
struct ThreadingTraceTests {
    @Test("two threads contending on a Lock: declare, running, blocked, acquire/release, done")
    func contendedLockTrace() throws {
        let fixture = TraceFixture()
        let lock = Lock(name: "lock", tracer: fixture.tracer)
        let resource = lock.trace.resource
        let holding = Event(tracer: .disabled)
        let letGo = Event(tracer: .disabled)
        let first = Thread(name: "A", tracer: fixture.tracer) {
            lock.withLock {
                holding.set()
                letGo.wait()
            }
        }
        let second = Thread(name: "B", tracer: fixture.tracer) {
            lock.acquire()
            try lock.release()
        }
        try first.start()
        #expect(holding.wait(timeout: 10))
        try second.start()
        #expect(eventually { fixture.hasReported(second.actor, .blocked(on: resource)) })
        #expect(fixture.state.owner(of: resource) == first.actor)
        #expect(fixture.state.waiters(of: resource) == [second.actor])
        letGo.set()
        try first.join()
        try second.join()

        func story(of actor: ActorID) -> [TraceEvent.Kind] {
            fixture.events.filter { $0.actor == actor }.map(\.kind)
        }
        #expect(
            story(of: first.actor) == [
                .transition(.running), .operation(resource, .acquire), .operation(resource, .release),
                .transition(.done(.exited(0))),
            ])
        #expect(
            story(of: second.actor) == [
                .transition(.running), .transition(.blocked(on: resource)), .transition(.running),
                .operation(resource, .acquire), .operation(resource, .release),
                .transition(.done(.exited(0))),
            ])
        let declared = fixture.events.compactMap { event -> TraceActor? in
            if case .declareActor(let actor) = event.kind { actor } else { nil }
        }
        #expect(declared.map(\.name) == ["A", "B"])
        #expect(declared.allSatisfy { $0.kind == .thread })
        let declaredResource = fixture.events.first {
            $0.kind == .declareResource(TraceResource(id: resource, kind: .lock, name: "lock"))
        }
        #expect(declaredResource != nil)
        // A's release comes before B's acquire, so the stage never shows two owners.
        let releaseByA = try #require(
            fixture.events.firstIndex { $0.actor == first.actor && $0.kind == .operation(resource, .release) }
        )
        let acquireByB = try #require(
            fixture.events.firstIndex {
                $0.actor == second.actor && $0.kind == .operation(resource, .acquire)
            })
        #expect(releaseByA < acquireByB)
        let state = fixture.state
        #expect(state.owner(of: resource) == nil)
        #expect(state.exitStatus(of: first.actor) == .exited(0))
        #expect(state.exitStatus(of: second.actor) == .exited(0))
    }

    @Test("a joining thread is traced as waiting to join, and a child names its parent")
    func joinTrace() throws {
        let fixture = TraceFixture()
        let release = Event(tracer: .disabled)
        let child = GuardedBox<ActorID?>(nil)
        let parent = Thread(name: "parent", tracer: fixture.tracer) {
            let worker = Thread(name: "child", tracer: fixture.tracer) { release.wait() }
            child.value = worker.actor
            try worker.start()
            try worker.join()
        }
        try parent.start()
        #expect(
            eventually {
                guard let worker = child.value else { return false }
                return fixture.hasReported(parent.actor, .waiting(.join(worker)))
            })
        release.set()
        try parent.join()
        let worker = try #require(child.value)
        let state = fixture.state
        #expect(state.children(of: parent.actor) == [worker])
        #expect(state.exitStatus(of: worker) == .exited(0))
        #expect(state.state(of: parent.actor) == .done(.exited(0)))
    }

    @Test("a condition wait reports release, waiting, running and acquire under the condition")
    func conditionTrace() throws {
        let fixture = TraceFixture()
        let condition = Condition(name: "cv", tracer: fixture.tracer)
        let resource = condition.trace.resource
        let waiter = Thread(name: "waiter", tracer: fixture.tracer) {
            try condition.withLock { _ = try condition.wait(timeout: 10) }
        }
        try waiter.start()
        #expect(eventually { fixture.hasReported(waiter.actor, .waiting(.condition(resource))) })
        try condition.withLock { try condition.notify() }
        try waiter.join()
        let story = fixture.events.filter { $0.actor == waiter.actor }.map(\.kind)
        let running = TraceEvent.Kind.transition(.running)
        let acquire = TraceEvent.Kind.operation(resource, .acquire)
        let release = TraceEvent.Kind.operation(resource, .release)
        let wait = TraceEvent.Kind.transition(.waiting(.condition(resource)))
        let done = TraceEvent.Kind.transition(.done(.exited(0)))
        // The notifier may still hold the lock when the waiter wakes: then it is blocked on it first.
        let direct: [TraceEvent.Kind] = [running, acquire, release, wait, running, acquire, release, done]
        let blocked: [TraceEvent.Kind] = [
            running, acquire, release, wait, .transition(.blocked(on: resource)), running, acquire, release,
            done,
        ]
        #expect(story == direct || story == blocked)
        #expect(fixture.events.contains { $0.kind == .operation(resource, .notify(count: 1)) })
    }

    @Test("sleep is traced as sleeping until its wake-up time, then running")
    func sleepTrace() throws {
        let fixture = TraceFixture()
        let thread = Thread(tracer: fixture.tracer) { Time.sleep(0.01, tracer: fixture.tracer) }
        try thread.start()
        try thread.join()
        let events = fixture.events.filter { $0.actor == thread.actor }
        #expect(events.count == 4)
        guard events.count == 4, case .transition(.sleeping(let until?)) = events[1].kind else {
            Issue.record("expected a sleeping transition with a wake-up time, got \(events.map(\.kind))")
            return
        }
        #expect(until >= events[0].time + 10_000_000)
        #expect(events[2].kind == .transition(.running))
        #expect(events[2].time >= until)
        #expect(events[3].kind == .transition(.done(.exited(0))))
    }
}
