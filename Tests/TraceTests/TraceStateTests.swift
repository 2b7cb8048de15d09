import Testing
import Trace

@Suite struct TraceStateTests {
    private let w3 = ActorID(4)

    private func state(_ events: [TraceEvent]) -> TraceState {
        var state = TraceState()
        for event in events { state.apply(event) }
        return state
    }

    private func declarations() -> [TraceEvent] {
        [
            Fixtures.event(
                0, Fixtures.main,
                .declareActor(TraceActor(id: Fixtures.main, kind: .process, name: "main", pid: 10))),
            Fixtures.event(
                0, Fixtures.main,
                .declareActor(
                    TraceActor(id: Fixtures.worker1, kind: .thread, name: "w1", parent: Fixtures.main))),
            Fixtures.event(
                0, Fixtures.main,
                .declareActor(
                    TraceActor(id: Fixtures.worker2, kind: .thread, name: "w2", parent: Fixtures.main))),
            Fixtures.event(
                0, Fixtures.main,
                .declareActor(TraceActor(id: w3, kind: .thread, name: "w3", parent: Fixtures.worker1))),
            Fixtures.event(
                0, Fixtures.main, .declareResource(TraceResource(id: Fixtures.lock, kind: .lock, name: ""))),
            Fixtures.event(
                0, Fixtures.main, .declareResource(TraceResource(id: Fixtures.rlock, kind: .rlock, name: "r"))
            ),
            Fixtures.event(
                0, Fixtures.main,
                .declareResource(TraceResource(id: Fixtures.queue, kind: .queue, name: "jobs", capacity: 3))),
        ]
    }

    @Test func lockOwnerAndWaitersInArrivalOrder() {
        let lock = Fixtures.lock
        var state = state(
            declarations() + [
                Fixtures.event(1, Fixtures.worker1, .operation(lock, .acquire)),
                Fixtures.event(2, w3, .transition(.blocked(on: lock))),
                Fixtures.event(3, Fixtures.worker2, .transition(.blocked(on: lock))),
                Fixtures.event(4, w3, .transition(.blocked(on: lock))),
            ])
        #expect(state.owner(of: lock) == Fixtures.worker1)
        #expect(state.waiters(of: lock) == [w3, Fixtures.worker2])
        #expect(state.actor(w3)?.since == Fixtures.event(4, w3, .note("")).time)

        for event in [
            Fixtures.event(5, Fixtures.worker1, .operation(lock, .release)),
            Fixtures.event(6, Fixtures.worker2, .transition(.running)),
            Fixtures.event(7, Fixtures.worker2, .operation(lock, .acquire)),
        ] { state.apply(event) }
        #expect(state.owner(of: lock) == Fixtures.worker2)
        #expect(state.waiters(of: lock) == [w3])
        #expect(state.state(of: Fixtures.worker2) == .running)
        #expect(state.state(of: w3) == .blocked(on: lock))
    }

    @Test func queueContentsFollowPutsAndGets() {
        let queue = Fixtures.queue
        var state = state(
            declarations()
                + ["a", "b", "c", "d"].map {
                    Fixtures.event(1, Fixtures.worker1, .operation(queue, .put(item: $0)))
                })
        #expect(state.contents(of: queue) == ["a", "b", "c", "d"])
        for event in [
            Fixtures.event(2, Fixtures.worker2, .operation(queue, .get(item: nil))),
            Fixtures.event(3, Fixtures.worker2, .operation(queue, .get(item: "c"))),
            Fixtures.event(4, Fixtures.worker2, .operation(queue, .get(item: "unknown"))),
        ] { state.apply(event) }
        #expect(state.contents(of: queue) == ["d"])
        state.apply(Fixtures.event(5, Fixtures.worker2, .operation(queue, .get(item: nil))))
        state.apply(Fixtures.event(6, Fixtures.worker2, .operation(queue, .get(item: nil))))
        #expect(state.contents(of: queue).isEmpty)
    }

    @Test func rlockDepthCountsNestedAcquires() {
        let rlock = Fixtures.rlock
        var state = state(
            declarations()
                + Array(repeating: Fixtures.event(1, Fixtures.worker1, .operation(rlock, .acquire)), count: 3)
        )
        #expect(state.owner(of: rlock) == Fixtures.worker1)
        #expect(state.depth(of: rlock) == 3)
        state.apply(Fixtures.event(2, Fixtures.worker1, .operation(rlock, .release)))
        #expect(state.depth(of: rlock) == 2)
        state.apply(Fixtures.event(3, Fixtures.worker1, .operation(rlock, .release)))
        state.apply(Fixtures.event(4, Fixtures.worker1, .operation(rlock, .release)))
        #expect(state.owner(of: rlock) == nil)
        #expect(state.depth(of: rlock) == 0)
    }

    @Test func countersFlagsResultsAndExits() {
        let semaphore = ResourceID(10)
        let flag = ResourceID(11)
        let memory = ResourceID(12)
        let state = state(
            declarations() + [
                Fixtures.event(
                    0, Fixtures.main,
                    .declareResource(TraceResource(id: semaphore, kind: .semaphore, name: "s", capacity: 2))),
                Fixtures.event(
                    0, Fixtures.main, .declareResource(TraceResource(id: flag, kind: .event, name: "go"))),
                Fixtures.event(
                    0, Fixtures.main,
                    .declareResource(TraceResource(id: memory, kind: .sharedMemory, name: "counter"))),
                Fixtures.event(1, Fixtures.worker1, .operation(semaphore, .acquire)),
                Fixtures.event(1, Fixtures.worker2, .operation(semaphore, .acquire)),
                Fixtures.event(1, w3, .transition(.blocked(on: semaphore))),
                Fixtures.event(2, Fixtures.worker1, .operation(semaphore, .release)),
                Fixtures.event(3, Fixtures.main, .operation(flag, .set)),
                Fixtures.event(4, Fixtures.main, .operation(flag, .clear)),
                Fixtures.event(5, Fixtures.worker1, .operation(memory, .write(value: 41))),
                Fixtures.event(5, Fixtures.worker2, .operation(memory, .read(value: nil))),
                Fixtures.event(6, Fixtures.worker1, .transition(.done(.exited(3)))),
                Fixtures.event(7, Fixtures.main, .result(name: "lost", value: "7")),
            ])
        #expect(state.semaphoreValue(of: semaphore) == 1)
        #expect(state.waiters(of: semaphore) == [w3])
        #expect(state.owner(of: semaphore) == nil)
        #expect(state.isSet(flag) == false)
        #expect(state.sharedValue(of: memory) == 41)
        #expect(state.exitStatus(of: Fixtures.worker1) == .exited(3))
        #expect(state.exitStatus(of: Fixtures.worker2) == nil)
        #expect(state.results == [TraceResult(actor: Fixtures.main, name: "lost", value: "7")])
        #expect(state.children(of: Fixtures.main) == [Fixtures.worker1, Fixtures.worker2])
        #expect(state.actorIDs == [Fixtures.main, Fixtures.worker1, Fixtures.worker2, w3])
        #expect(state.resourceIDs.count == 6)
    }

    @Test func waitingMovesBetweenResources() {
        let queue = Fixtures.queue
        let state = state(
            declarations() + [
                Fixtures.event(1, Fixtures.worker1, .transition(.waiting(.queue(queue, .empty)))),
                Fixtures.event(2, Fixtures.worker2, .transition(.waiting(.queue(queue, .empty)))),
                Fixtures.event(3, Fixtures.worker1, .transition(.blocked(on: Fixtures.lock))),
                Fixtures.event(4, Fixtures.main, .transition(.waiting(.join(Fixtures.worker1)))),
            ])
        #expect(state.waiters(of: queue) == [Fixtures.worker2])
        #expect(state.waiters(of: Fixtures.lock) == [Fixtures.worker1])
        #expect(state.state(of: Fixtures.main) == .waiting(.join(Fixtures.worker1)))
    }

    @Test func everyFixtureEventAppliesWithoutTrapping() {
        var state = TraceState()
        for event in Fixtures.everything { state.apply(event) }
        #expect(state.actorIDs.count == 3)
        #expect(state.resourceIDs.count == ResourceKind.allCases.count)
    }
}
