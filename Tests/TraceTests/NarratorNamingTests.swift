import Testing
import Trace

/// Narration says each name once: a name that already says what it is (`child`, `lock`,
/// `GIL`) is not preceded by its kind again.
@Suite struct NarratorNamingTests {
    private func narrate(_ events: [TraceEvent]) -> [String] {
        var narrator = Narrator()
        return events.map { narrator.narrate($0).sentence }
    }

    @Test func aChildNamedChildIsStartedOnce() {
        let parent = ActorID(1)
        let child = ActorID(2)
        let worker = ActorID(3)
        let sentences = narrate([
            TraceEvent(
                time: 0, actor: parent,
                kind: .declareActor(TraceActor(id: parent, kind: .process, name: "main"))),
            TraceEvent(
                time: 1, actor: parent,
                kind: .declareActor(
                    TraceActor(id: child, kind: .process, name: "child", parent: parent, pid: 7))),
            TraceEvent(
                time: 2, actor: parent,
                kind: .declareActor(
                    TraceActor(id: worker, kind: .thread, name: "worker", parent: parent))),
        ])
        #expect(sentences[1] == "started child (pid 7)")
        #expect(sentences[2] == "started thread worker")
    }

    @Test func aLockNamedLockAndTheGILAreNamedOnce() {
        let owner = ActorID(1)
        let waiter = ActorID(2)
        let lock = ResourceID(1)
        let gil = ResourceID(2)
        let jobs = ResourceID(3)
        let sentences = narrate([
            TraceEvent(
                time: 0, actor: owner, kind: .declareActor(TraceActor(id: owner, kind: .thread, name: "a"))),
            TraceEvent(
                time: 0, actor: owner, kind: .declareActor(TraceActor(id: waiter, kind: .thread, name: "b"))),
            TraceEvent(
                time: 0, actor: owner,
                kind: .declareResource(TraceResource(id: lock, kind: .lock, name: "lock"))),
            TraceEvent(
                time: 0, actor: owner, kind: .declareResource(TraceResource(id: gil, kind: .gil, name: "GIL"))
            ),
            TraceEvent(
                time: 0, actor: owner,
                kind: .declareResource(TraceResource(id: jobs, kind: .queue, name: "jobs"))),
            TraceEvent(time: 1, actor: owner, kind: .operation(lock, .acquire)),
            TraceEvent(time: 2, actor: waiter, kind: .transition(.blocked(on: lock))),
            TraceEvent(time: 3, actor: owner, kind: .operation(gil, .acquire)),
            TraceEvent(time: 4, actor: waiter, kind: .transition(.blocked(on: gil))),
            TraceEvent(time: 5, actor: owner, kind: .operation(jobs, .put(item: "1"))),
        ])
        #expect(sentences[6] == "blocked on lock (held by a)")
        #expect(sentences[8] == "blocked on GIL (held by a)")
        #expect(sentences[9] == "put \"1\" on queue \"jobs\" (1 item)")
    }
}
