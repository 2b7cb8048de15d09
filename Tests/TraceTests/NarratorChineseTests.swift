import Messages
import Testing
import Trace

/// Narration in Simplified Chinese: the same events, whole sentences from the catalogue, names
/// given by the program kept as they are.
@Suite struct NarratorChineseTests {
    private func narrate(_ events: [TraceEvent], in language: Language) -> [String] {
        var narrator = Narrator(language: language)
        return events.map { narrator.narrate($0).sentence }
    }

    private var events: [TraceEvent] {
        let main = ActorID(1)
        let worker = ActorID(2)
        let lock = ResourceID(1)
        let jobs = ResourceID(2)
        return [
            TraceEvent(
                time: 0, actor: main, kind: .declareActor(TraceActor(id: main, kind: .thread, name: "main"))),
            TraceEvent(
                time: 1, actor: main,
                kind: .declareActor(TraceActor(id: worker, kind: .thread, name: "w1", parent: main))),
            TraceEvent(
                time: 2, actor: main, kind: .declareResource(TraceResource(id: lock, kind: .lock, name: ""))),
            TraceEvent(
                time: 3, actor: main,
                kind: .declareResource(TraceResource(id: jobs, kind: .queue, name: "jobs", capacity: 2))),
            TraceEvent(time: 4, actor: main, kind: .operation(lock, .acquire)),
            TraceEvent(time: 5, actor: worker, kind: .transition(.blocked(on: lock))),
            TraceEvent(time: 6, actor: main, kind: .operation(jobs, .put(item: "a"))),
            TraceEvent(time: 7, actor: main, kind: .result(name: "lost", value: "0")),
        ]
    }

    @Test func sentencesAreChinese() {
        let sentences = narrate(events, in: .simplifiedChinese)
        #expect(sentences[1] == "启动了线程 w1")
        #expect(sentences[2] == "创建了 锁#1")
        #expect(sentences[3] == "创建了 队列 \"jobs\"（maxsize 2）")
        #expect(sentences[4] == "获得了 锁#1")
        #expect(sentences[5] == "阻塞于 锁#1（由 main 持有）")
        #expect(sentences[6] == "把 \"a\" 放入 队列 \"jobs\"（1 项）")
        #expect(sentences[7] == "结果 lost=0")
    }

    @Test func englishSentencesStayAsTheyWere() {
        let sentences = narrate(events, in: .english)
        #expect(sentences[3] == "created queue \"jobs\" (maxsize 2)")
        #expect(sentences[5] == "blocked on lock#1 (held by main)")
        #expect(sentences[6] == "put \"a\" on queue \"jobs\" (1 item)")
    }

    @Test func kindsAreNamedInEitherLanguage() {
        #expect(ResourceKind.sharedMemory.displayName(in: .english) == ResourceKind.sharedMemory.displayName)
        #expect(ResourceKind.condition.displayName(in: .simplifiedChinese) == "条件变量")
        for kind in ResourceKind.allCases {
            #expect(kind.displayName(in: .english) == kind.displayName)
        }
    }
}
