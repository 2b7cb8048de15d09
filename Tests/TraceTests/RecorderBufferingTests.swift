import Foundation
import TestSupport
import Testing
import Trace

/// The recorder keeps each thread's events in a buffer of the thread's own until a reader
/// merges them; these check that the merged log is what a single locked log would hold.
@Suite struct RecorderBufferingTests {
    private static func numbered(_ value: Int) -> TraceEvent.Kind {
        .operation(ResourceID(1), .write(value: Int64(value)))
    }

    private static func numbers(in events: [TraceEvent]) -> [Int] {
        events.compactMap { event in
            if case .operation(_, .write(let value?)) = event.kind { Int(value) } else { nil }
        }
    }

    @Test func eventsRecordedUnderAnotherLockAppearInThatLocksOrder() {
        // Each thread records the number it took while holding the lock, so the order of the
        // numbers is the order in which the lock passed between threads.
        let threads = 4
        let perThread = 5_000
        let recorder = TraceRecorder(reservingCapacity: 16)
        let counter = GuardedBox(0)
        runOnThreads(threads) { thread in
            for _ in 0..<perThread {
                counter.withLock { value in
                    value += 1
                    recorder.record(actor: ActorID(thread + 1), kind: Self.numbered(value))
                }
            }
        }
        let events = recorder.events
        #expect(Self.numbers(in: events) == Array(1...(threads * perThread)))
        #expect(zip(events, events.dropFirst()).allSatisfy { $0.time <= $1.time })
    }

    @Test func aReadSeesEveryEventRecordedBeforeIt() {
        let total = 3_000
        let recorder = TraceRecorder(reservingCapacity: 16)
        let announced = GuardedBox(0)
        let shortfalls = GuardedBox(0)
        runOnThreads(2) { thread in
            if thread == 0 {
                for value in 1...total {
                    recorder.record(actor: ActorID(1), kind: Self.numbered(value))
                    announced.withLock { $0 = value }
                }
            } else {
                var seen = 0
                while seen < total {
                    seen = announced.withLock { $0 }
                    if recorder.count < seen { shortfalls.withLock { $0 += 1 } }
                }
            }
        }
        #expect(shortfalls.withLock { $0 } == 0)
        #expect(Self.numbers(in: recorder.events) == Array(1...total))
    }

    @Test func aThreadThatExitsLeavesItsEventsBehind() {
        let recorder = TraceRecorder()
        let finished = GuardedBox(false)
        let thread = Thread {
            for value in 1...3 { recorder.record(actor: ActorID(1), kind: Self.numbered(value)) }
            finished.withLock { $0 = true }
        }
        thread.start()
        while !finished.withLock({ $0 }) || !thread.isFinished { usleep(1_000) }
        #expect(Self.numbers(in: recorder.events) == [1, 2, 3])
    }

    @Test func oneThreadTakingTurnsBetweenRecordersKeepsEachInOrder() {
        let first = TraceRecorder()
        let second = TraceRecorder()
        for value in 1...3_000 {
            (value.isMultiple(of: 2) ? second : first).record(actor: ActorID(1), kind: Self.numbered(value))
        }
        #expect(Self.numbers(in: first.events) == Array(stride(from: 1, through: 3_000, by: 2)))
        #expect(Self.numbers(in: second.events) == Array(stride(from: 2, through: 3_000, by: 2)))
    }

    @Test func anEventGivenItsTimeFollowsTheStampedEventsBeforeIt() {
        let recorder = TraceRecorder()
        recorder.record(actor: ActorID(1), kind: Self.numbered(1))
        recorder.record(TraceEvent(time: 0, actor: ActorID(2), kind: Self.numbered(2)))
        recorder.record(actor: ActorID(1), kind: Self.numbered(3))
        let events = recorder.events
        #expect(Self.numbers(in: events) == [1, 2, 3])
        #expect(events.map(\.actor) == [ActorID(1), ActorID(2), ActorID(1)])
        #expect(events[1].time == 0)
    }

    @Test func stampsAreOnTheMonotonicClocksScale() {
        let recorder = TraceRecorder()
        let before = MonotonicClock.now()
        recorder.record(actor: ActorID(1), kind: Self.numbered(1))
        usleep(20_000)
        recorder.record(actor: ActorID(1), kind: Self.numbered(2))
        let after = MonotonicClock.now()
        let times = recorder.events.map(\.time)
        // Generous slack: the counter is converted by a line fitted once per process, whose
        // small error grows with the time since; a wrong scale would be off by seconds.
        let slack: UInt64 = 100_000_000
        #expect(times.count == 2)
        #expect(times.allSatisfy { $0 + slack >= before && $0 <= after + slack })
        #expect(times[1] - times[0] >= 10_000_000)
    }
}
