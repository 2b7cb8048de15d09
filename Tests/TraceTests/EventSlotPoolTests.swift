import Testing

@testable import Trace

/// Buffers' slots are kept for the next buffer instead of going back to `malloc`, so that a
/// recording thread does not pay a page fault every hundred events; these check the reuse,
/// its bound, and that reused memory never shows an earlier recorder's events.
@Suite struct EventSlotPoolTests {
    @Test func freedSlotsServeTheNextBufferNewestFirst() {
        let pool = EventSlotPool(maximumIdleByteCount: 4 * EventSlotPool.slotsByteCount)
        let first = pool.take()
        let second = pool.take()
        #expect(first != second)
        pool.giveBack(first)
        pool.giveBack(second)
        #expect(pool.idleCount == 2)
        #expect(pool.take() == second)
        #expect(pool.take() == first)
        #expect(pool.idleCount == 0)
    }

    @Test func keepsNoMoreThanItsBoundAndFreesTheRest() {
        let pool = EventSlotPool(maximumIdleByteCount: 2 * EventSlotPool.slotsByteCount)
        let taken = (0..<5).map { _ in pool.take() }
        for slots in taken { pool.giveBack(slots) }
        #expect(pool.idleCount == 2)
        #expect(pool.take() == taken[1])
        #expect(pool.take() == taken[0])
    }

    @Test func slotsArePageAligned() {
        let pool = EventSlotPool(maximumIdleByteCount: 0)
        let slots = pool.take()
        #expect(UInt(bitPattern: slots) % 4096 == 0)
        pool.giveBack(slots)
        #expect(pool.idleCount == 0)
    }

    @Test func aRecorderOnReusedMemoryReadsOnlyItsOwnEvents() {
        // Enough events for several buffers, so the second recorder writes into memory the
        // first one's buffers left behind, holding values the second never recorded.
        func record(_ values: ClosedRange<Int>) -> [Int] {
            let recorder = TraceRecorder(reservingCapacity: 16)
            for value in values {
                recorder.record(
                    actor: ActorID(1), kind: .operation(ResourceID(1), .write(value: Int64(value))))
            }
            return recorder.events.compactMap { event in
                if case .operation(_, .write(let value?)) = event.kind { Int(value) } else { nil }
            }
        }
        #expect(record(1...5_000) == Array(1...5_000))
        #expect(record(100_001...102_500) == Array(100_001...102_500))
    }
}
