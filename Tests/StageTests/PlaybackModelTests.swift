import Stage
import Testing
import TextRendering
import Trace

@Suite("Stage player model")
struct PlaybackModelTests {
    /// Five notes, one every 100 ms of trace time.
    private let events = (0..<5).map { index in
        TraceEvent(
            time: 1_000_000_000 + UInt64(index) * 100_000_000, actor: ActorID(1),
            kind: .note("event \(index)"))
    }

    @Test("a replay shows events as trace time passes, scaled by the speed")
    func replayFollowsTime() {
        var model = PlaybackModel(live: false, speed: 2)
        model.receive(events)
        model.sourceFinished = true
        let first = model.advance(wallNanoseconds: 0)
        #expect(first.count == 1)
        let next = model.advance(wallNanoseconds: 100_000_000)
        #expect(next.count == 2)
        #expect(model.shown == 3)
        #expect(!model.isAtEnd)
        _ = model.advance(wallNanoseconds: 1_000_000_000)
        #expect(model.isAtEnd)
        #expect(model.playhead == events.last?.time)
    }

    @Test("live, every event that arrived is shown in the next frame")
    func liveShowsBursts() {
        var model = PlaybackModel(live: true)
        model.receive(events)
        let shown = model.advance(wallNanoseconds: 1)
        #expect(shown.count == 5)
        #expect(model.playhead == events.last?.time)
    }

    @Test("stepping pauses and moves one event either way")
    func stepping() {
        var model = PlaybackModel(live: false)
        model.receive(events)
        model.handle(.stepForward)
        #expect(model.paused)
        #expect(model.shown == 1)
        model.handle(.stepForward)
        model.handle(.stepBack)
        #expect(model.shown == 1)
        let whilePaused = model.advance(wallNanoseconds: 1_000_000_000)
        #expect(whilePaused.isEmpty)
        model.handle(.togglePause)
        let afterResume = model.advance(wallNanoseconds: 1_000_000_000)
        #expect(!afterResume.isEmpty)
    }

    @Test("speed moves between powers of two and stops at the ends")
    func speeds() {
        var model = PlaybackModel(live: false, speed: 32)
        model.handle(.faster)
        model.handle(.faster)
        #expect(model.speed == 64)
        model.handle(.slower)
        #expect(model.speed == 32)
    }

    @Test("the status line fits the width, names every key when there is room and q always")
    func statusLine() {
        var model = PlaybackModel(live: false)
        model.receive(events)
        #expect(model.statusLine(width: 80).contains("+- speed"))
        #expect(DisplayWidth.of(model.statusLine(width: 80)) <= 80)
        #expect(!model.statusLine(width: 40).contains("+- speed"))
        #expect(model.statusLine(width: 40).hasSuffix("q quit "))
        #expect(DisplayWidth.of(model.statusLine(width: 40)) <= 40)
    }

    @Test("keys: space, arrows in both modes, + and -, q")
    func keys() {
        let bytes: [UInt8] = [0x20, 0x1B, 0x5B, 0x43, 0x1B, 0x4F, 0x44, 0x2B, 0x2D, 0x71, 0x7A]
        #expect(PlayerKey.parse(bytes) == [.togglePause, .stepForward, .stepBack, .faster, .slower, .quit])
    }

    @Test("plain narration ends with the results, one per line")
    func plainNarration() {
        var narration = PlainNarration()
        let lines = narration.lines(for: [
            TraceEvent(
                time: 5, actor: ActorID(1),
                kind: .declareActor(TraceActor(id: ActorID(1), kind: .thread, name: "main"))),
            TraceEvent(time: 9, actor: ActorID(1), kind: .result(name: "lost", value: "3")),
        ])
        #expect(lines.count == 2)
        #expect(lines[0].contains("main"))
        #expect(narration.resultLines() == ["result lost=3"])
    }
}
