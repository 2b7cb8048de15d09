import Testing
import Trace

/// A queue's contents through ``TraceState``: removal by label or oldest-first, and the same
/// answers after many puts and gets, when removed slots have been dropped from the front.
@Suite struct QueueContentsTests {
    private let queue = ResourceID(1)
    private let actor = ActorID(1)

    private func state(_ operations: [ResourceOperation]) -> TraceState {
        var state = TraceState()
        state.apply(
            TraceEvent(
                time: 0, actor: actor,
                kind: .declareResource(TraceResource(id: queue, kind: .queue, name: "q"))))
        for operation in operations {
            state.apply(TraceEvent(time: 1, actor: actor, kind: .operation(queue, operation)))
        }
        return state
    }

    @Test func labelsTakeTheirOldestMatchAndOtherwiseTheOldestItem() {
        let puts: [ResourceOperation] = ["a", "b", "a", "c"].map { .put(item: $0) }
        #expect(state(puts + [.get(item: "a")]).contents(of: queue) == ["b", "a", "c"])
        #expect(state(puts + [.get(item: "a"), .get(item: nil)]).contents(of: queue) == ["a", "c"])
        #expect(state(puts + [.get(item: "c"), .get(item: "zzz")]).contents(of: queue) == ["b", "a"])
        #expect(state(puts + [.get(item: "a")]).itemToRemove(from: queue, matching: "a") == "a")
        #expect(
            state(puts + [.get(item: "a"), .get(item: "a")]).itemToRemove(from: queue, matching: "a") == "b")
        #expect(state([.get(item: nil)]).contents(of: queue).isEmpty)
    }

    @Test func manyPutsThenManyGetsKeepOrder() {
        let count = 20_000
        let puts: [ResourceOperation] = (0..<count).map { .put(item: "item \($0 % 7)") }
        let half = state(puts + Array(repeating: .get(item: nil), count: count / 2) + [.get(item: "item 3")])
        let expected = (count / 2..<count).map { "item \($0 % 7)" }
        var withoutFirstThree = expected
        withoutFirstThree.remove(at: expected.firstIndex(of: "item 3")!)
        #expect(half.contents(of: queue) == withoutFirstThree)
        #expect(state(puts + Array(repeating: .receive(item: nil), count: count)).contents(of: queue).isEmpty)
        #expect(
            state(puts + Array(repeating: .get(item: nil), count: count))
                == state([.put(item: "x"), .get(item: nil)]))
    }
}
