import Testing
import TextRendering
import Trace

@testable import Stage

/// The stage during a run: the time axis holds still, time moves between events, a step
/// forward shows its event, and the key hints stay on a small terminal.
@Suite("Stage during a run") struct StageSteadinessTests {
    private let second: UInt64 = 1_000_000_000

    private func declare(_ id: Int, _ name: String) -> TraceEvent {
        TraceEvent(
            time: second, actor: ActorID(1),
            kind: .declareActor(
                TraceActor(id: ActorID(id), kind: .thread, name: name)))
    }

    /// The column of the `│` that ends the timeline on the lane of `name`.
    private func timelineEnd(_ frame: FrameBuffer, lane name: String) -> Int? {
        guard let row = frame.plainLines.first(where: { $0.hasPrefix(name + " ") }) else { return nil }
        let bars = row.indices.filter { row[$0] == "│" }
        return bars.count >= 2 ? row.distance(from: row.startIndex, to: bars[1]) : nil
    }

    @Test func theTimeAxisKeepsItsWidthAndScaleWhileStatusTextsChange() {
        let lock = ResourceID(1)
        var timeline = Timeline()
        timeline.append([
            declare(1, "a"), declare(2, "b"),
            TraceEvent(
                time: second, actor: ActorID(1),
                kind: .declareResource(
                    TraceResource(id: lock, kind: .lock, name: "a-rather-long-lock-name"))),
            TraceEvent(time: second, actor: ActorID(1), kind: .transition(.running)),
            TraceEvent(time: second, actor: ActorID(2), kind: .transition(.running)),
        ])
        var geometry = StageGeometry()
        var ends: [Int?] = []
        var scales: [String] = []
        func draw(at time: UInt64) {
            let frame = StageView.render(
                timeline: timeline, at: time, size: (80, 24), color: false,
                geometry: &geometry)
            ends.append(timelineEnd(frame, lane: "a"))
            scales.append(frame.plainLines[1])
        }
        draw(at: second + 100_000_000)
        timeline.append([
            TraceEvent(time: second + 150_000_000, actor: ActorID(1), kind: .operation(lock, .acquire)),
            TraceEvent(time: second + 160_000_000, actor: ActorID(2), kind: .transition(.blocked(on: lock))),
        ])
        draw(at: second + 300_000_000)
        // The long status goes away; drawn at the same instant, nothing about the axis may change.
        timeline.append([
            TraceEvent(time: second + 250_000_000, actor: ActorID(1), kind: .operation(lock, .release)),
            TraceEvent(time: second + 260_000_000, actor: ActorID(2), kind: .transition(.running)),
        ])
        draw(at: second + 300_000_000)
        #expect(ends[1] != nil)
        #expect(ends[1] == ends[2], "\(ends)")
        #expect(scales[1] == scales[2], "\(scales)")
        // Growing is allowed, shrinking is not.
        #expect((ends[0] ?? 0) >= (ends[1] ?? 0))
    }

    @Test func aReplayStartsWithTheScaleItWillEndWith() {
        var model = PlaybackModel(live: false)
        model.receive([
            declare(1, "a"),
            TraceEvent(time: second, actor: ActorID(1), kind: .transition(.running)),
            TraceEvent(time: 4 * second, actor: ActorID(1), kind: .transition(.done(.exited(0)))),
        ])
        model.sourceFinished = true
        _ = model.advance(wallNanoseconds: 0)
        var picture = StagePicture()
        picture.follow(model)
        let options = PlayerOptions(title: "t", live: false, color: false)
        let first = LivePlayer.compose(&picture, model: model, options: options, size: (80, 24))
        _ = model.advance(wallNanoseconds: 10 * second)
        picture.follow(model)
        let last = LivePlayer.compose(&picture, model: model, options: options, size: (80, 24))
        #expect(first.plainLines[1] == last.plainLines[1])
    }

    @Test func liveTimeMovesBetweenEventsUntilTheRunEnds() {
        var model = PlaybackModel(live: true)
        model.receive([
            declare(1, "a"),
            TraceEvent(time: second, actor: ActorID(1), kind: .transition(.sleeping(untilNanos: 2 * second))),
        ])
        _ = model.advance(wallNanoseconds: 0, clock: second)
        #expect(model.playhead == second)
        _ = model.advance(wallNanoseconds: 300_000_000, clock: second + 300_000_000)
        #expect(model.playhead == second + 300_000_000)
        var picture = StagePicture()
        picture.follow(model)
        let frame = LivePlayer.compose(
            &picture, model: model, options: PlayerOptions(title: "t", live: true, color: false),
            size: (80, 24))
        #expect(frame.plainLines.contains { $0.hasPrefix("a ") && $0.hasSuffix("wakes in 700.0 ms") })
        // Paused, the stage stands still; resumed, it is at the present again.
        model.handle(.togglePause)
        _ = model.advance(wallNanoseconds: 200_000_000, clock: second + 500_000_000)
        #expect(model.playhead == second + 300_000_000)
        model.handle(.togglePause)
        _ = model.advance(wallNanoseconds: 100_000_000, clock: second + 600_000_000)
        #expect(model.playhead == second + 600_000_000)
        model.sourceFinished = true
        let ended = model.playhead
        _ = model.advance(wallNanoseconds: 300_000_000, clock: second + 900_000_000)
        #expect(model.playhead == ended)
    }

    @Test func aStepForwardShowsItsEvent() {
        var model = PlaybackModel(live: false, paused: true)
        model.receive([
            declare(1, "a"),
            TraceEvent(time: second, actor: ActorID(1), kind: .note("first note")),
            TraceEvent(time: 2 * second, actor: ActorID(1), kind: .note("second note")),
        ])
        model.sourceFinished = true
        var picture = StagePicture()
        let options = PlayerOptions(title: "t", live: false, color: false)
        func screen() -> String {
            _ = model.advance(wallNanoseconds: 1_000_000)
            picture.follow(model)
            return LivePlayer.compose(&picture, model: model, options: options, size: (80, 24)).plainLines
                .joined(separator: "\n")
        }
        model.handle(.stepForward)
        model.handle(.stepForward)
        #expect(screen().contains("first note"))
        model.handle(.stepForward)
        #expect(screen().contains("second note"))
        model.handle(.stepBack)
        let back = screen()
        #expect(back.contains("first note") && !back.contains("second note"))
    }

    @Test func theKeyHintsKeepQuitOnASmallTerminal() {
        var model = PlaybackModel(live: false)
        model.receive([declare(1, "a")])
        model.sourceFinished = true
        _ = model.advance(wallNanoseconds: 0)
        for width in [60, 80, 200] {
            #expect(model.statusLine(width: width).hasSuffix("q quit "), "\(width)")
            #expect(DisplayWidth.of(model.statusLine(width: width)) <= width)
        }
        #expect(model.statusLine(width: 80).contains("space pause"))
        var inTutor = PlaybackModel(live: false, leaving: .tutor)
        inTutor.receive([declare(1, "a")])
        inTutor.sourceFinished = true
        _ = inTutor.advance(wallNanoseconds: 0)
        for width in [60, 80] {
            #expect(inTutor.statusLine(width: width).hasSuffix("q back to the tutor "), "\(width)")
        }
    }
}
