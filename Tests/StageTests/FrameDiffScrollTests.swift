import Testing
import TextRendering
import Trace

@testable import Stage

/// Scrolling rows that moved up (the narration) instead of sending them again: every update
/// applied to ``TestScreen`` must show exactly the frame, and no scroll region may outlive it.
@Suite("FrameDiff scrolling") struct FrameDiffScrollTests {
    private let second: UInt64 = 1_000_000_000
    private let lock = ResourceID(1)
    /// Names with wide characters and combining marks, so scrolled rows hold every width case.
    private let names = ["worker-1", "工人-2", "Jose\u{301}", "🧵-4"]

    private func start() -> [TraceEvent] {
        var events = [
            TraceEvent(
                time: second, actor: ActorID(1),
                kind: .declareResource(TraceResource(id: lock, kind: .lock, name: "lock")))
        ]
        for (index, name) in names.enumerated() {
            let id = ActorID(index + 1)
            events.append(
                TraceEvent(
                    time: second, actor: id,
                    kind: .declareActor(TraceActor(id: id, kind: .thread, name: name))))
            events.append(TraceEvent(time: second, actor: id, kind: .transition(.running)))
        }
        return events
    }

    /// The events of step `step`: one or two (so rows move by one or by more), some of them
    /// notes long enough to wrap on a narrow terminal.
    private func events(_ step: Int) -> [TraceEvent] {
        let time = second + UInt64(step + 1) * 10_000_000
        let actor = ActorID(step % names.count + 1)
        let state: ActorState = step % 2 == 0 ? .blocked(on: lock) : .running
        var events = [TraceEvent(time: time, actor: actor, kind: .transition(state))]
        if step % 3 == 0 {
            let note = "note \(step): 任务 queued, cafe\u{301} served and the queue is \(step % 5) deep"
            events.append(TraceEvent(time: time, actor: actor, kind: .note(note)))
        }
        return events
    }

    /// Plays the run through sizes in turn, frame by frame as the player does (two reused
    /// frames, one reused output buffer), checking the screen after every update; returns the
    /// rows scrolled.
    private func play(sizes: [(width: Int, height: Int)], color: Bool) throws -> Int {
        var timeline = Timeline()
        timeline.append(start())
        var geometry = StageGeometry()
        var frame = FrameBuffer(width: 0, height: 0)
        var previous: FrameBuffer?
        var output: [UInt8] = []
        var scrolled = 0
        var step = 0
        for size in sizes {
            // After a resize the terminal shows anything: the update must not rely on it.
            var screen = FrameDiffFixtures.garbageScreen(
                width: size.width, height: size.height, pen: color ? TextStyle(inverse: true) : .plain)
            for _ in 0..<40 {
                timeline.append(events(step))
                StageView.render(
                    timeline: timeline, at: timeline.latest, size: size, color: color, title: "scroll",
                    geometry: &geometry, into: &frame)
                FrameDiff.render(from: previous, to: frame, color: color, into: &output)
                try screen.apply(String(decoding: output, as: UTF8.self))
                #expect(screen.mismatch(with: frame, styles: color) == nil, "\(size), step \(step)")
                #expect(screen.scrollRegion == nil, "\(size), step \(step)")
                #expect(screen.style == .plain, "an update ends in plain style, where a scroll needs it")
                var shown = previous ?? FrameBuffer(width: 0, height: 0)
                swap(&shown, &frame)
                previous = shown
                step += 1
            }
            scrolled += screen.scrollCount
        }
        return scrolled
    }

    @Test(arguments: [true, false])
    func narrationScrollsAndEveryUpdateShowsTheFrame(color: Bool) throws {
        #expect(try play(sizes: [(200, 60)], color: color) > 0)
    }

    @Test(arguments: [true, false])
    func narrowTerminalScrollsAndEveryUpdateShowsTheFrame(color: Bool) throws {
        #expect(try play(sizes: [(60, 24)], color: color) > 0)
    }

    @Test func resizesBetweenUpdatesRedrawAndStillShowTheFrame() throws {
        #expect(try play(sizes: [(80, 24), (60, 30), (200, 60), (60, 24)], color: true) > 0)
    }

    @Test func rowsThatMovedUpAreScrolledNotSentAgain() throws {
        let words = ["alpha", "bravo", "中文", "delta", "e\u{301}cho", "foxtrot", "golf", "hotel", "india"]
        func frame(first: Int) -> FrameBuffer {
            var frame = FrameBuffer(width: 40, height: 10)
            frame.put("title", x: 0, y: 0, style: TextStyle(bold: true))
            for row in 2..<9 {
                let word = words[first + row - 2]
                frame.put(
                    String(repeating: word + " ", count: 6), x: 0, y: row, style: TextStyle(foreground: .cyan)
                )
            }
            frame.put("status", x: 0, y: 9, style: TextStyle(inverse: true))
            return frame
        }
        let before = frame(first: 0)
        let after = frame(first: 1)
        let output = FrameDiff.render(from: before, to: after, color: true)
        let escapes = FrameDiffFixtures.escapes(in: output)
        #expect(escapes.contains("[3;9r"))
        #expect(escapes.last { $0.hasSuffix("r") } == "[r")
        #expect(output.utf8.count < 100)
        var screen = TestScreen(showing: before)
        try screen.apply(output)
        #expect(screen.mismatch(with: after) == nil)
        #expect(screen.scrollRegion == nil)
    }

    @Test func leavingTheStageResetsTheScrollRegionBeforeTheShellGetsTheScreen() throws {
        let stage = TerminalSession().restoringBytes
        let reset = try #require(stage.range(of: TerminalControl.resetScrollRegion))
        let leave = try #require(stage.range(of: TerminalControl.leaveAlternateScreen))
        #expect(reset.upperBound <= leave.lowerBound)
        // The pager stays on the normal screen, where the reset would move the cursor home.
        #expect(!TerminalSession(usesAlternateScreen: false).restoringBytes.contains("\u{1B}[r"))
    }
}
