import TestSupport
import Testing
import Trace

@testable import Multiprocessing
@testable import Threading

@Suite("Shared: trace")
struct SharedTraceTests {
    @Test("two threads contending on a ProcessLock: declare, blocked, running, acquire, release")
    func contendedLockTrace() throws {
        let fixture = TraceFixture()
        let lock = try ProcessLock(name: "plock", tracer: fixture.tracer)
        let resource = lock.trace.resource
        let holding = try ProcessEvent(tracer: .disabled)
        let letGo = try ProcessEvent(tracer: .disabled)
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

        let declared = TraceResource(id: resource, kind: .lock, name: "plock")
        #expect(fixture.events.contains { $0.kind == .declareResource(declared) })
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
        // A's release comes before B's acquire, so the stage never shows two owners.
        let releaseByA = try #require(
            fixture.events.firstIndex {
                $0.actor == first.actor && $0.kind == .operation(resource, .release)
            })
        let acquireByB = try #require(
            fixture.events.firstIndex {
                $0.actor == second.actor && $0.kind == .operation(resource, .acquire)
            })
        #expect(releaseByA < acquireByB)
        #expect(fixture.state.owner(of: resource) == nil)
    }

    @Test("SharedValue reads and writes carry integer values; the value and its lock are declared")
    func sharedValueTrace() throws {
        let fixture = TraceFixture()
        let counter = try SharedValue(Int32(5), name: "counter", tracer: fixture.tracer)
        let memory = counter.trace.resource
        let lock = counter.getLock().trace.resource
        counter.value = 7
        _ = counter.value
        counter.withLock { $0 += 1 }
        counter.withLock { _ in }
        let ratio = try SharedValue(0.5, lock: false, tracer: fixture.tracer)
        ratio.value = 2.5

        let declarations = fixture.events.compactMap { event -> TraceResource? in
            if case .declareResource(let resource) = event.kind { resource } else { nil }
        }
        #expect(declarations.contains(TraceResource(id: memory, kind: .sharedMemory, name: "counter")))
        #expect(declarations.contains(TraceResource(id: lock, kind: .rlock, name: "counter.lock")))
        let onCounter = fixture.events.compactMap { event -> ResourceOperation? in
            if case .operation(let resource, let operation) = event.kind, resource == memory {
                operation
            } else {
                nil
            }
        }
        #expect(
            onCounter == [
                .write(value: 7), .read(value: 7), .read(value: 7), .write(value: 8), .read(value: 8),
            ])
        let lockOperations = fixture.events.filter {
            if case .operation(lock, _) = $0.kind { true } else { false }
        }
        #expect(lockOperations.count == 8)
        #expect(fixture.events.contains { $0.kind == .operation(ratio.trace.resource, .write(value: nil)) })
        #expect(fixture.state.owner(of: lock) == nil)
    }

    @Test("a condition wait reports release, waiting, running and acquire under the condition")
    func conditionTrace() throws {
        let fixture = TraceFixture()
        let condition = try ProcessCondition(name: "cv", tracer: fixture.tracer)
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

    @Test("event set and clear, and semaphore acquire and release, are recorded")
    func eventAndSemaphoreTrace() throws {
        let fixture = TraceFixture()
        let event = try ProcessEvent(name: "ready", tracer: fixture.tracer)
        let semaphore = try ProcessBoundedSemaphore(value: 2, name: "slots", tracer: fixture.tracer)
        event.set()
        event.clear()
        semaphore.acquire()
        try semaphore.release()
        let slots = semaphore.core.trace.resource
        #expect(
            fixture.events.contains {
                $0.kind
                    == .declareResource(
                        TraceResource(id: slots, kind: .semaphore, name: "slots", capacity: 2))
            })
        let operations = fixture.events.compactMap { event -> ResourceOperation? in
            if case .operation(_, let operation) = event.kind { operation } else { nil }
        }
        #expect(operations == [.set, .clear, .acquire, .release])
        #expect(fixture.state.semaphoreValue(of: slots) == 2)
    }
}
