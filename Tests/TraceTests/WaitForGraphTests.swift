import Testing

@testable import Trace

@Suite("Wait-for graph")
struct WaitForGraphTests {
    private let main = Fixtures.main
    private let alice = Fixtures.worker1
    private let bob = Fixtures.worker2
    private let carol = ActorID(4)
    private let a = ResourceID(1)
    private let b = ResourceID(2)
    private let c = ResourceID(3)

    /// A process with three threads and three locks, then `events`.
    private func state(_ events: [TraceEvent]) -> TraceState {
        var declarations = [
            Fixtures.event(0, main, .declareActor(TraceActor(id: main, kind: .process, name: "main", pid: 9)))
        ]
        for (id, name) in [(alice, "alice"), (bob, "bob"), (carol, "carol")] {
            declarations.append(
                Fixtures.event(
                    0, main, .declareActor(TraceActor(id: id, kind: .thread, name: name, parent: main))))
        }
        for (id, name) in [(a, "a"), (b, "b"), (c, "c")] {
            declarations.append(
                Fixtures.event(0, main, .declareResource(TraceResource(id: id, kind: .lock, name: name))))
        }
        var state = TraceState()
        for event in declarations + events { state.apply(event) }
        return state
    }

    private func holds(_ actor: ActorID, _ lock: ResourceID) -> TraceEvent {
        Fixtures.event(1, actor, .operation(lock, .acquire))
    }

    private func blocks(_ actor: ActorID, _ lock: ResourceID) -> TraceEvent {
        Fixtures.event(2, actor, .transition(.blocked(on: lock)))
    }

    private func joins(_ actor: ActorID, _ other: ActorID) -> TraceEvent {
        Fixtures.event(2, actor, .transition(.waiting(.join(other))))
    }

    private func ends(_ actor: ActorID) -> TraceEvent {
        Fixtures.event(3, actor, .transition(.done(.exited(0))))
    }

    @Test("two threads taking two locks in opposite orders deadlock; the cycle starts at the lowest id")
    func lockCycle() {
        let graph = WaitForGraph(
            state([
                holds(bob, b), holds(alice, a), blocks(bob, a), blocks(alice, b), joins(main, alice),
                ends(carol),
            ]))
        #expect(
            graph.deadlock() == [
                .init(waiter: alice, resource: b, holder: bob),
                .init(waiter: bob, resource: a, holder: alice),
            ])
    }

    @Test("a thread that still runs can break the wait, so there is no deadlock yet")
    func someoneRuns() {
        let running = Fixtures.event(2, carol, .transition(.running))
        let graph = WaitForGraph(
            state([
                holds(alice, a), holds(bob, b), blocks(alice, b), blocks(bob, a), joins(main, alice), running,
            ]))
        #expect(graph.deadlock() == nil)
        // The cycle itself is still visible link by link.
        #expect(graph.link(from: alice) == .init(waiter: alice, resource: b, holder: bob))
    }

    @Test("a wait with a timeout may give up, so it is not a deadlock")
    func timeout() {
        let graph = WaitForGraph(
            state([
                holds(alice, a), holds(bob, b), blocks(alice, b), blocks(bob, a), joins(main, alice),
                ends(carol),
            ]))
        #expect(graph.deadlock(mayGiveUp: [bob]) == nil)
        #expect(graph.deadlock(mayGiveUp: [carol]) != nil)
    }

    @Test("joins close a cycle too: a thread joining one that waits for its lock")
    func joinCycle() {
        let graph = WaitForGraph(
            state([holds(alice, a), joins(alice, bob), blocks(bob, a), joins(main, alice), ends(carol)]))
        #expect(
            graph.deadlock() == [
                .init(waiter: alice, resource: nil, holder: bob),
                .init(waiter: bob, resource: a, holder: alice),
            ])
    }

    @Test("everyone blocked without a cycle (a lock nobody holds) is not called a deadlock")
    func noCycle() {
        let graph = WaitForGraph(state([blocks(alice, c), joins(main, alice), ends(bob), ends(carol)]))
        #expect(graph.link(from: alice) == nil)
        #expect(graph.deadlock() == nil)
    }

    @Test("a condition waiter neither forms nor breaks a cycle")
    func conditionWaiter() {
        let waits = Fixtures.event(2, carol, .transition(.waiting(.condition(c))))
        let graph = WaitForGraph(
            state([
                holds(alice, a), holds(bob, b), blocks(alice, b), blocks(bob, a), joins(main, alice), waits,
            ]))
        #expect(graph.deadlock()?.count == 2)
        #expect(graph.link(from: carol) == nil)
    }

    @Test("three threads in a ring")
    func ring() {
        let graph = WaitForGraph(
            state([
                holds(alice, a), holds(bob, b), holds(carol, c), blocks(carol, a), blocks(alice, b),
                blocks(bob, c),
                joins(main, carol),
            ]))
        #expect(graph.deadlock()?.map(\.waiter) == [alice, bob, carol])
    }
}
