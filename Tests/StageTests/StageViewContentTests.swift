import Testing
import TextRendering
import Trace

@testable import Stage

/// What a learner must be able to read off the stage, checked on purpose-built traces.
@Suite("StageView content") struct StageViewContentTests {
    private func declare(
        _ id: Int, _ name: String, kind: TraceActor.Kind = .thread, parent: Int? = nil,
        pid: Int32? = nil, at time: UInt64 = 0
    ) -> TraceEvent {
        TraceEvent(
            time: time, actor: ActorID(parent ?? id),
            kind: .declareActor(
                TraceActor(
                    id: ActorID(id), kind: kind, name: name, parent: parent.map(ActorID.init), pid: pid)))
    }

    private func transition(_ id: Int, _ state: ActorState, at time: UInt64) -> TraceEvent {
        TraceEvent(time: time, actor: ActorID(id), kind: .transition(state))
    }

    @Test func everyStateHasItsOwnGlyph() {
        let glyphs = LaneState.allCases.map(\.glyph)
        #expect(Set(glyphs).count == LaneState.allCases.count)
        #expect(glyphs.allSatisfy { DisplayWidth.of($0) == 1 && $0 != " " })
    }

    @Test func everyStateIsDrawnWithItsGlyph() {
        let lock = ResourceID(1)
        let states: [ActorState] = [
            .new, .ready, .running, .blocked(on: lock), .waiting(.join(ActorID(1))),
            .sleeping(untilNanos: nil), .done(.exited(0)), .done(.exited(3)),
        ]
        var events = [
            TraceEvent(
                time: 0, actor: ActorID(1),
                kind: .declareResource(TraceResource(id: lock, kind: .lock, name: "")))
        ]
        for (index, state) in states.enumerated() {
            events.append(declare(index + 1, "a\(index)"))
            events.append(transition(index + 1, state, at: 1))
        }
        let frame = renderStage(events, width: 80, height: 24, now: 10_000_000)
        for (index, state) in states.enumerated() {
            let row = frame.plainLines.first { $0.hasPrefix("a\(index) ") } ?? ""
            #expect(row.contains(LaneState(state).glyph), "\(row)")
        }
    }

    @Test func blockedRowNamesTheLockAndItsOwner() {
        let frame = StageView.render(
            timeline: StageViewFixture.timeline, at: StageViewFixture.now,
            size: (80, 24), color: false)
        let row = frame.plainLines.first { $0.hasPrefix("worker-2 ") } ?? ""
        #expect(row.hasSuffix("blocked on lock#1 (held by worker-1)"))
    }

    @Test func waitersAreListedInArrivalOrder() {
        let lock = ResourceID(1)
        var events = [
            TraceEvent(
                time: 0, actor: ActorID(1),
                kind: .declareResource(TraceResource(id: lock, kind: .lock, name: "")))
        ]
        for (id, name) in [(1, "owner"), (2, "anna"), (3, "bert"), (4, "cleo")] {
            events.append(declare(id, name))
            events.append(transition(id, .running, at: 1))
        }
        events.append(TraceEvent(time: 2, actor: ActorID(1), kind: .operation(lock, .acquire)))
        events.append(transition(4, .blocked(on: lock), at: 3))
        events.append(transition(2, .blocked(on: lock), at: 4))
        events.append(transition(3, .blocked(on: lock), at: 5))
        let lines = renderStage(events, width: 80, height: 24).plainLines
        #expect(lines.contains("lock#1  held by owner; waiting: cleo, anna, bert"))
    }

    @Test func queueShowsItemsFreeSlotsAndCount() {
        let lines = StageView.render(
            timeline: StageViewFixture.timeline, at: StageViewFixture.now,
            size: (80, 24), color: false
        ).plainLines
        #expect(lines.contains("queue jobs  [1 2 3 · ·] 3/5"))
    }

    @Test func treeShowsParentsAndChildrenWithPids() {
        let events = [
            declare(1, "server", kind: .process, pid: 100),
            declare(2, "worker", kind: .process, parent: 1, pid: 101),
            declare(3, "helper", kind: .process, parent: 2, pid: 102),
            declare(4, "logger", kind: .process, parent: 1, pid: 103),
            declare(5, "thread", parent: 1),
            transition(3, .done(.signalled(9)), at: 5),
        ]
        let lines = renderStage(events, width: 80, height: 24).plainLines
        let start = lines.firstIndex { $0.hasPrefix("── Process tree") } ?? lines.count
        #expect(
            Array(lines.dropFirst(start + 1).prefix(4)) == [
                "server pid 100  not started",
                "├─ worker pid 101  not started",
                "│  └─ helper pid 102  killed by signal 9",
                "└─ logger pid 103  not started",
            ])
    }

    @Test func treeIsLeftOutWithoutProcesses() {
        let lines = renderStage([declare(1, "solo")], width: 80, height: 24).plainLines
        #expect(!lines.contains { $0.contains("Process tree") })
    }

    @Test func narrationShowsTheLatestEventsInOrder() {
        var events = [declare(1, "main")]
        for step in 1...40 {
            events.append(
                TraceEvent(time: UInt64(step) * 1_000_000, actor: ActorID(1), kind: .note("step \(step)")))
        }
        let lines = renderStage(events, width: 80, height: 24).plainLines
        let steps = lines.compactMap { line in line.split(separator: " ").last.flatMap { Int($0) } }
        #expect(steps.last == 40)
        #expect(steps.count >= 5)
        #expect(steps == Array((41 - steps.count)...40))
    }

    @Test func narrationStopsAtNow() {
        var events = [declare(1, "main")]
        for step in 1...10 {
            events.append(
                TraceEvent(time: UInt64(step) * 1_000_000, actor: ActorID(1), kind: .note("step \(step)")))
        }
        let lines = renderStage(events, width: 80, height: 24, now: 5_500_000).plainLines
        #expect(lines.contains { $0.hasSuffix("step 5") })
        #expect(!lines.contains { $0.hasSuffix("step 6") })
    }

    @Test func resultsAreShownAsNameEqualsValue() {
        let events = [
            declare(1, "main"),
            TraceEvent(time: 1, actor: ActorID(1), kind: .result(name: "lost", value: "12")),
            TraceEvent(time: 2, actor: ActorID(1), kind: .result(name: "total", value: "100")),
            TraceEvent(time: 3, actor: ActorID(1), kind: .result(name: "lost", value: "13")),
        ]
        let lines = renderStage(events, width: 80, height: 24).plainLines
        #expect(lines.contains("Results  lost = 13   total = 100"))
    }

    @Test func resultsWrapRatherThanLoseOneAtNarrowWidths() {
        let names = ["array_slots_filled", "list_slots_filled", "slots", "total", "expected_total"]
        let events =
            [declare(1, "main")]
            + names.enumerated().map { index, name in
                TraceEvent(
                    time: UInt64(index + 1), actor: ActorID(1), kind: .result(name: name, value: "1818"))
            }
        let lines = renderStage(events, width: 60, height: 24).plainLines
        let resultRows = lines.drop { !$0.hasPrefix("Results") }.prefix { !$0.hasPrefix("──") }
        #expect((2...3).contains(resultRows.count), "\(Array(resultRows))")
        for name in names {
            #expect(resultRows.contains { $0.contains("\(name) = 1818") }, "\(name) is missing")
        }
    }

    @Test func thirtyTwoActorsFitWithAMoreLine() {
        var events: [TraceEvent] = []
        for id in 1...32 {
            events.append(declare(id, "worker-\(id)", at: UInt64(id) * 1_000))
            events.append(transition(id, .running, at: UInt64(id) * 2_000))
        }
        let frame = renderStage(events, width: 80, height: 24)
        let lines = frame.plainLines
        #expect(lines.count == 24)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        let shownLanes = lines.filter { $0.hasPrefix("worker-") }.count
        #expect(lines.contains("+\(32 - shownLanes) more not shown"))
        #expect(shownLanes >= 3)
        #expect(lines.contains { $0.hasPrefix("Key: ") })
        #expect(lines.contains { $0.hasPrefix("── What happened") })
    }

    @Test func tinyFramesDoNotCrash() {
        for (width, height) in [(0, 0), (1, 1), (5, 3), (80, 1), (80, 2)] {
            let frame = StageView.render(
                timeline: StageViewFixture.timeline, at: StageViewFixture.now,
                size: (width, height), color: true)
            #expect(frame.plainLines.count == max(0, height))
        }
    }
}
