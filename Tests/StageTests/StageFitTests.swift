import Testing
import Trace

@testable import Stage

/// At 80 columns the stage keeps whole what a lesson is about: sentences, results, names,
/// and the views a demo says matter most.
@Suite("Stage at 80 columns") struct StageFitTests {
    private let main = ActorID(1)

    private func declare(
        _ id: Int, _ name: String, kind: TraceActor.Kind = .process, parent: Int? = nil,
        pid: Int32? = nil, at time: UInt64 = 0
    ) -> TraceEvent {
        TraceEvent(
            time: time, actor: ActorID(parent ?? id),
            kind: .declareActor(
                TraceActor(
                    id: ActorID(id), kind: kind, name: name, parent: parent.map(ActorID.init), pid: pid)))
    }

    private func event(_ time: UInt64, _ actor: Int, _ kind: TraceEvent.Kind) -> TraceEvent {
        TraceEvent(time: time, actor: ActorID(actor), kind: kind)
    }

    /// The rows under a section heading, up to the next heading.
    private func section(_ heading: String, of frame: FrameBuffer) -> [String] {
        let lines = frame.plainLines
        guard let start = lines.firstIndex(where: { $0.hasPrefix("── " + heading) }) else { return [] }
        return Array(lines[(start + 1)...].prefix { !$0.hasPrefix("── ") })
    }

    @Test func aLongSentenceGoesOnUnderItselfRatherThanBeingCut() {
        let sentence = "parent: os.fork() returned 18883 here, the pid of the new child; the child got 0"
        let frame = renderStage(
            [
                declare(1, "fork-basics", pid: 18802),
                event(1_000, 1, .transition(.running)),
                event(2_000, 1, .note(sentence)),
            ], width: 80, height: 24)
        let rows = section("What happened", of: frame)
        let text = rows.joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(text.contains(sentence), "\(rows)")
        #expect(rows.allSatisfy { !$0.contains("…") })
    }

    @Test func anIndentedNoteStaysInTheSentenceColumn() {
        let frame = renderStage(
            [
                declare(1, "crawler", pid: 7),
                event(1_000, 1, .note("settings: two sites")),
                event(2_000, 1, .note("  192.0.2.1 (site-a.test) answers after 40 ms")),
            ], width: 80, height: 24)
        let rows = section("What happened", of: frame)
        let columns = rows.compactMap { row in
            row.firstRange(of: /(settings|192)/).map { row.distance(from: row.startIndex, to: $0.lowerBound) }
        }
        #expect(columns.count == 2 && columns[0] == columns[1], "\(rows)")
    }

    @Test func everyResultKeepsItsValue() {
        var events = [declare(1, "gil", pid: 10)]
        let names = [
            "cpu_1_thread_s", "cpu_2_threads_gil_s", "cpu_2_threads_nogil_s", "cpu_2_processes_s",
            "io_1_thread_s", "io_2_threads_gil_s", "speedup_cpu_gil", "speedup_io_gil",
            "cpython_speedup_cpu", "cpython_speedup_io",
        ]
        for (index, name) in names.enumerated() {
            events.append(event(UInt64(index + 1) * 1_000, 1, .result(name: name, value: "1.2\(index)")))
        }
        let lines = renderStage(events, width: 80, height: 24).plainLines
        for (index, name) in names.enumerated() {
            #expect(lines.contains { $0.contains("\(name) = 1.2\(index)") }, "\(name)")
        }
    }

    @Test func namesAreWholeWhenTheRowHasRoom() {
        let counter = ResourceID(1)
        let frame = renderStage(
            [
                declare(1, "fork-basics", pid: 18802),
                event(
                    0, 1, .declareResource(TraceResource(id: counter, kind: .sharedMemory, name: "counter"))),
                event(1_000, 1, .transition(.sleeping(untilNanos: 2_000_001_000))),
                event(1_000, 1, .operation(counter, .write(value: 3))),
            ], width: 80, height: 24)
        #expect(frame.plainLines.contains { $0.hasPrefix("fork-basics pid 18802") })
        #expect(frame.plainLines.contains { $0.hasPrefix("shared memory counter") && $0.contains("= 3") })
    }

    @Test func aLongProcessNameIsCutBeforeItsPid() {
        let frame = renderStage(
            [
                declare(1, "producer-consumer-with-a-long-name", pid: 22812),
                TraceEvent(time: 1_000, actor: ActorID(1), kind: .transition(.waiting(.join(ActorID(1))))),
            ], width: 80, height: 24)
        #expect(
            frame.plainLines.contains { $0.hasPrefix("producer-") && $0.contains("… pid 22812│") },
            "\(frame.plainLines)")
    }

    @Test func queueItemsKeepTheirNumbers() {
        let queue = ResourceID(1)
        var events = [
            declare(1, "producer", kind: .thread),
            event(0, 1, .declareResource(TraceResource(id: queue, kind: .queue, name: "q", capacity: 5))),
        ]
        for index in 1...3 {
            events.append(
                event(UInt64(index) * 1_000, 1, .operation(queue, .put(item: "site-a.test/page-\(index)"))))
        }
        let rows = section("Shared resources", of: renderStage(events, width: 80, height: 24))
        #expect(
            rows.contains { $0.contains("site-a.test/page-1 site-a.test/page-2 site-a.test/page-3") },
            "\(rows)")
        let narrow = section("Shared resources", of: renderStage(events, width: 40, height: 24))
        #expect(narrow.contains { $0.contains("page-1") }, "\(narrow)")
    }

    @Test func aDemoAboutTheTreeKeepsTheTreeAt80x24() {
        var events = [declare(1, "fork-tree", pid: 100)]
        let names = ["fork-1", "fork-2", "fork-12", "fork-3", "fork-13", "fork-23", "fork-123"]
        let parents = [1, 1, 2, 1, 2, 3, 5]
        for (index, name) in names.enumerated() {
            events.append(declare(index + 2, name, parent: parents[index], pid: Int32(101 + index), at: 10))
        }
        for id in 1...8 { events.append(event(20, id, .transition(.sleeping(untilNanos: nil)))) }
        for (index, name) in ["depth", "processes", "expected", "reaped"].enumerated() {
            events.append(event(30, 1, .result(name: name, value: "\(index)")))
        }
        var timeline = Timeline()
        timeline.append(events)
        let plain = StageView.render(timeline: timeline, at: 40, size: (80, 23), color: false)
        #expect(!plain.plainLines.contains { $0.hasPrefix("── Process tree") })
        let emphasized = StageView.render(
            timeline: timeline, at: 40, size: (80, 23), color: false,
            emphasis: [.processTree])
        let tree = section("Process tree", of: emphasized)
        #expect(tree.contains { $0.hasPrefix("└─ fork-3 pid") }, "\(emphasized.plainLines)")
        #expect(tree.contains { $0.contains("└─ fork-123 pid") })
    }

    @Test func aResourceNothingUsedIsNotListed() {
        let lock = ResourceID(1)
        let counter = ResourceID(2)
        let frame = renderStage(
            [
                declare(1, "thread-1", kind: .thread),
                event(0, 1, .declareResource(TraceResource(id: lock, kind: .lock, name: "l"))),
                event(0, 1, .declareResource(TraceResource(id: counter, kind: .sharedMemory, name: "count"))),
                event(1_000, 1, .operation(counter, .write(value: 1))),
            ], width: 80, height: 24)
        let rows = section("Shared resources", of: frame)
        #expect(rows.contains { $0.hasPrefix("shared memory count") })
        #expect(!rows.contains { $0.hasPrefix("lock") })
    }

    @Test func aLockNamedLockIsNamedOnceOnItsLane() {
        let lock = ResourceID(1)
        let frame = renderStage(
            [
                declare(1, "a", kind: .thread), declare(2, "b", kind: .thread, parent: 1),
                event(0, 1, .declareResource(TraceResource(id: lock, kind: .lock, name: "lock"))),
                event(1_000, 1, .operation(lock, .acquire)),
                event(2_000, 2, .transition(.blocked(on: lock))),
            ], width: 80, height: 24)
        #expect(
            frame.plainLines.contains { $0.hasPrefix("b ") && $0.hasSuffix("blocked on lock (held by a)") })
    }
}
