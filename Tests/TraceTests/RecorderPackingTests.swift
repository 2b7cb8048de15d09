import Foundation
import TestSupport
import Testing
import Trace

/// The recorder keeps most events packed into a few words and the rest whole; whichever form
/// an event took, reading it back must give exactly what was recorded, in recording order.
@Suite struct RecorderPackingTests {
    private static let resource = ResourceID(7)

    /// One kind of every case and sub-case, with the edges of what packs: labels at and just
    /// past the packed length, labels that are not ASCII, absent and empty labels, extreme
    /// numbers, and IDs too large for the packed form.
    private static let kinds: [TraceEvent.Kind] = [
        .declareActor(TraceActor(id: ActorID(3), kind: .thread, name: "worker", parent: ActorID(1), pid: 42)),
        .declareResource(TraceResource(id: resource, kind: .queue, name: "jobs", capacity: 4)),
        .transition(.new), .transition(.ready), .transition(.running),
        .transition(.blocked(on: resource)),
        .transition(.waiting(.join(ActorID(9)))), .transition(.waiting(.condition(resource))),
        .transition(.waiting(.queue(resource, .empty))), .transition(.waiting(.queue(resource, .full))),
        .transition(.waiting(.pipe(resource))), .transition(.waiting(.event(resource))),
        .transition(.waiting(.barrier(resource))),
        .transition(.sleeping(untilNanos: nil)), .transition(.sleeping(untilNanos: .max)),
        .transition(.done(.exited(0))), .transition(.done(.exited(-1))),
        .transition(.done(.signalled(9))), .transition(.done(.failed("ZeroDivisionError"))),
        .operation(resource, .acquire), .operation(resource, .release),
        .operation(resource, .put(item: "")), .operation(resource, .put(item: "twelve bytes")),
        .operation(resource, .put(item: "thirteen byte")), .operation(resource, .put(item: "一二三四")),
        .operation(resource, .put(item: "一二三四五")), .operation(resource, .get(item: nil)),
        .operation(resource, .get(item: "b'x'")), .operation(resource, .send(item: "b'hello'")),
        .operation(resource, .receive(item: nil)), .operation(resource, .receive(item: "42")),
        .operation(resource, .notify(count: 3)), .operation(resource, .notify(count: .min)),
        .operation(resource, .notifyAll), .operation(resource, .set), .operation(resource, .clear),
        .operation(resource, .read(value: nil)), .operation(resource, .read(value: .min)),
        .operation(resource, .write(value: .max)),
        .operation(ResourceID(Int(Int32.max) + 1), .acquire),
        .operation(ResourceID(Int(Int32.min)), .release),
        .transition(.blocked(on: ResourceID(-5))),
        .result(name: "lost", value: "0"), .note("a remark"),
    ]

    @Test func everyKindReadsBackAsRecordedAndInOrder() {
        let recorder = TraceRecorder(reservingCapacity: 4)
        for kind in Self.kinds { recorder.record(actor: ActorID(2), kind: kind) }
        recorder.record(actor: ActorID(Int.max), kind: .transition(.running))
        recorder.record(actor: ActorID(2), kind: .transition(.running), note: "with a note")
        let events = recorder.events
        #expect(events.map(\.kind) == Self.kinds + [.transition(.running), .transition(.running)])
        #expect(
            events.map(\.actor) == Array(repeating: ActorID(2), count: Self.kinds.count) + [
                ActorID(Int.max), ActorID(2),
            ])
        #expect(events.last?.note == "with a note")
        #expect(events.dropLast().allSatisfy { $0.note == nil })
        #expect(zip(events, events.dropFirst()).allSatisfy { $0.time <= $1.time })
    }

    @Test func eventsGivenTheirTimeReadBackWithIt() {
        let recorder = TraceRecorder()
        for (index, kind) in Self.kinds.enumerated() {
            recorder.record(
                TraceEvent(time: UInt64(index), actor: ActorID(1), kind: kind, source: "a.py:\(index)"))
            recorder.record(TraceEvent(time: UInt64(1_000 + index), actor: ActorID(1), kind: kind))
        }
        let events = recorder.events
        #expect(events.map(\.kind) == Self.kinds.flatMap { [$0, $0] })
        #expect(events.map(\.time) == Self.kinds.indices.flatMap { [UInt64($0), UInt64(1_000 + $0)] })
        #expect(events.map(\.source) == Self.kinds.indices.flatMap { ["a.py:\($0)", nil] })
    }

    @Test func eventsGivenTheirTimeInOneGoFollowTheStampedOnesBeforeThem() {
        let recorder = TraceRecorder()
        recorder.record(actor: ActorID(1), kind: .transition(.running))
        let given = Self.kinds.enumerated().map { index, kind in
            TraceEvent(time: UInt64(index), actor: ActorID(2), kind: kind)
        }
        recorder.record(contentsOf: given)
        recorder.record(actor: ActorID(1), kind: .transition(.ready))
        let events = recorder.events
        #expect(events.map(\.kind) == [.transition(.running)] + Self.kinds + [.transition(.ready)])
        #expect(Array(events.dropFirst().dropLast()) == given)
    }

    @Test func aNumberedMoveReadsBackWithItsNumberAsItsLabel() {
        let recorder = TraceRecorder()
        let tracer = Tracer(recorder)
        let numbers = [0, -1, 42, Int.max, Int.min]
        for number in numbers {
            tracer.record(actor: ActorID(1), .put, of: Self.resource, numbered: number)
            tracer.record(actor: ActorID(1), .get, of: Self.resource, numbered: number)
        }
        tracer.record(actor: ActorID(1), .send, of: Self.resource, numbered: 5)
        tracer.record(actor: ActorID(Int.max), .receive, of: Self.resource, numbered: 5)
        let expected: [TraceEvent.Kind] =
            numbers.flatMap { number -> [TraceEvent.Kind] in
                [
                    .operation(Self.resource, .put(item: String(number))),
                    .operation(Self.resource, .get(item: String(number))),
                ]
            } + [.operation(Self.resource, .send(item: "5")), .operation(Self.resource, .receive(item: "5"))]
        #expect(recorder.events.map(\.kind) == expected)
    }

    @Test func aNumberedMoveThroughAnotherSinkCarriesItsLabel() {
        let sink = CollectingSink()
        Tracer(sink: sink).record(actor: ActorID(1), .get, of: Self.resource, numbered: 17)
        #expect(sink.kinds == [.operation(Self.resource, .get(item: "17"))])
    }

    @Test func manyEventsOfBothFormsFromOneThreadKeepTheirOrderAcrossBuffers() {
        let recorder = TraceRecorder(reservingCapacity: 16)
        var expected: [TraceEvent.Kind] = []
        for value in 0..<5_000 {
            // Every seventh event does not pack, so buffers fill both ways.
            let kind: TraceEvent.Kind =
                value.isMultiple(of: 7)
                ? .note("step \(value)") : .operation(Self.resource, .write(value: Int64(value)))
            recorder.record(actor: ActorID(1), kind: kind)
            expected.append(kind)
            if value == 2_500 { #expect(recorder.events.map(\.kind) == expected) }
        }
        let events = recorder.events
        #expect(events.map(\.kind) == expected)
        #expect(zip(events, events.dropFirst()).allSatisfy { $0.time <= $1.time })
    }

    @Test func eventsOrderedByWhatTheyHoldAppearInTheOrderTheyHeldIt() {
        // As a lock records its acquires and releases: each thread records, holding the lock,
        // with the lock's order, so the log must show the holders one after the other.
        let threads = 4
        let perThread = 5_000
        let recorder = TraceRecorder(reservingCapacity: 16)
        let order = EventOrder()
        let counter = GuardedBox(0)
        let reads = GuardedBox(0)
        runOnThreads(threads + 1) { thread in
            guard thread < threads else {
                // A reader collecting all along, so that collections cut through the turns.
                while reads.withLock({ $0 }) < 200 {
                    _ = recorder.count
                    reads.withLock { $0 += 1 }
                }
                return
            }
            for _ in 0..<perThread {
                counter.withLock { value in
                    value += 1
                    recorder.record(
                        actor: ActorID(thread + 1),
                        kind: .operation(Self.resource, .write(value: Int64(value))),
                        orderedBy: order)
                }
            }
        }
        let events = recorder.events
        let values = events.compactMap { event -> Int64? in
            if case .operation(_, .write(let value?)) = event.kind { value } else { nil }
        }
        #expect(values == (1...Int64(threads * perThread)).map { $0 })
        #expect(zip(events, events.dropFirst()).allSatisfy { $0.time <= $1.time })
    }
}

/// A sink that is not a recorder, keeping what it is given.
private final class CollectingSink: TraceSink, @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [TraceEvent.Kind] = []

    var kinds: [TraceEvent.Kind] { lock.withLock { recorded } }

    func record(actor: ActorID, kind: consuming TraceEvent.Kind, note: consuming String?) {
        let kind = copy kind
        lock.withLock { recorded.append(kind) }
    }

    func nextActorID() -> ActorID { ActorID(1) }
    func nextResourceID() -> ResourceID { ResourceID(1) }
}
