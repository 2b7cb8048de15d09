import Synchronization
import TestSupport
import Testing
import Trace

@Suite struct RecorderTests {
    /// Threads tag each event with their index (as the resource) and a sequence number (as the value).
    private static func sequenceEvent(thread: Int, sequence: Int) -> TraceEvent.Kind {
        .operation(ResourceID(thread), .write(value: Int64(sequence)))
    }

    @Test func concurrentAppendsKeepEveryEventInPerThreadOrder() {
        let threads = 8
        let perThread = 100_000
        let recorder = TraceRecorder(reservingCapacity: 1024)
        runOnThreads(threads) { thread in
            for sequence in 0..<perThread {
                recorder.record(
                    actor: ActorID(thread + 1), kind: Self.sequenceEvent(thread: thread, sequence: sequence))
            }
        }
        let events = recorder.events
        #expect(events.count == threads * perThread)
        #expect(recorder.count == threads * perThread)

        var nextExpected = [Int](repeating: 0, count: threads)
        var outOfOrder = 0
        for event in events {
            guard case .operation(let resource, .write(let value?)) = event.kind else {
                Issue.record("unexpected event \(event)")
                return
            }
            if Int(value) != nextExpected[resource.rawValue] { outOfOrder += 1 }
            nextExpected[resource.rawValue] = Int(value) + 1
        }
        #expect(outOfOrder == 0)
        #expect(nextExpected == [Int](repeating: perThread, count: threads))
        #expect(zip(events, events.dropFirst()).allSatisfy { $0.time <= $1.time })
    }

    @Test func cursorReadsWhileWritingLoseNothing() {
        let writers = 4
        let perWriter = 20_000
        let total = writers * perWriter
        let recorder = TraceRecorder(reservingCapacity: 16)
        let seen = GuardedBox<[TraceEvent]>([])
        runOnThreads(writers + 1) { thread in
            if thread == writers {
                var cursor = 0
                var collected: [TraceEvent] = []
                while collected.count < total {
                    let (batch, next) = recorder.events(from: cursor)
                    #expect(next == cursor + batch.count)
                    collected += batch
                    cursor = next
                }
                seen.withLock { $0 = collected }
            } else {
                for sequence in 0..<perWriter {
                    recorder.record(
                        actor: ActorID(thread + 1),
                        kind: Self.sequenceEvent(thread: thread, sequence: sequence))
                }
            }
        }
        let collected = seen.withLock { $0 }
        #expect(collected.count == total)
        #expect(collected == recorder.events)
        #expect(recorder.events(from: total).events.isEmpty)
        #expect(recorder.events(from: total + 10).next == total)
    }

    @Test func idsAreUniqueAcrossThreads() {
        let recorder = TraceRecorder()
        let ids = GuardedBox<Set<Int>>([])
        runOnThreads(4) { _ in
            let mine = (0..<1000).map { _ in recorder.nextActorID().rawValue }
            ids.withLock { $0.formUnion(mine) }
        }
        #expect(ids.withLock { $0 } == Set(1...4000))
        #expect(recorder.nextResourceID() == ResourceID(1))
    }

    @Test func disabledTracerEvaluatesNothing() {
        let evaluated = Atomic<Int>(0)
        func expensiveNote() -> String {
            evaluated.add(1, ordering: .relaxed)
            return "expensive"
        }
        let disabled = Tracer.disabled
        disabled.record(actor: ActorID(1), .note(expensiveNote()), note: expensiveNote())
        #expect(!disabled.isEnabled)
        #expect(evaluated.load(ordering: .relaxed) == 0)
        #expect(disabled.nextActorID() == .unassigned)

        let recorder = TraceRecorder()
        let enabled = Tracer(recorder)
        enabled.record(actor: enabled.nextActorID(), .note("hello"), note: expensiveNote())
        #expect(evaluated.load(ordering: .relaxed) == 1)
        #expect(recorder.events.map(\.kind) == [.note("hello")])
        #expect(recorder.events.first?.actor == ActorID(1))
    }
}
