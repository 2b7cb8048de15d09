import Testing
import TextRendering
import Trace

@testable import Stage

/// Names from demos can be any Unicode; none of it may shift the lanes or leak past the frame.
@Suite("StageView widths") struct StageViewWidthTests {
    static let names = [
        "工人-1", "🧵 thread", "e\u{301}te\u{301}-worker", "a-very-long-worker-name-that-cannot-fit",
        "中文名字特别特别长的工人", "👩‍👩‍👧 family", "\u{1B}[2Jevil",
    ]

    private var events: [TraceEvent] {
        var events: [TraceEvent] = []
        let lock = ResourceID(1)
        events.append(
            TraceEvent(
                time: 0, actor: ActorID(1),
                kind: .declareResource(TraceResource(id: lock, kind: .lock, name: "锁🔒"))))
        for (index, name) in Self.names.enumerated() {
            let id = ActorID(index + 1)
            let time = UInt64(index) * 1_000_000
            events.append(
                TraceEvent(
                    time: time, actor: id,
                    kind: .declareActor(
                        TraceActor(id: id, kind: index == 0 ? .process : .thread, name: name, pid: 7))))
            events.append(TraceEvent(time: time + 1, actor: id, kind: .transition(.running)))
        }
        events.append(TraceEvent(time: 10_000_000, actor: ActorID(1), kind: .operation(lock, .acquire)))
        events.append(TraceEvent(time: 11_000_000, actor: ActorID(2), kind: .transition(.blocked(on: lock))))
        return events
    }

    /// Down to frames narrower than a lane's name column, which must clip rather than trap.
    @Test(arguments: [(80, 24), (200, 60), (40, 12), (23, 30), (5, 10), (1, 3)])
    func rowsNeverExceedTheFrame(size: (Int, Int)) {
        let frame = renderStage(events, width: size.0, height: size.1)
        #expect(frame.plainLines.count == size.1)
        for line in frame.plainLines {
            #expect(DisplayWidth.of(line) <= size.0, "\(line)")
        }
    }

    @Test(arguments: [80, 200])
    func lanesStartAtTheSameColumn(width: Int) {
        let frame = renderStage(events, width: width, height: 30)
        let laneRows = (0..<frame.height).filter { row in
            (0..<frame.width).contains { frame[$0, row].text == "│" }
        }
        #expect(laneRows.count == Self.names.count)
        let starts = Set(laneRows.map { row in (0..<frame.width).first { frame[$0, row].text == "│" } })
        #expect(starts.count == 1)
    }

    @Test func wideCharactersAreNeverSplit() {
        let frame = renderStage(events, width: 80, height: 24)
        for row in 0..<frame.height {
            for column in 0..<frame.width where frame[column, row].width == 2 {
                #expect(frame[column + 1, row].isContinuation)
            }
            for column in 0..<frame.width where frame[column, row].isContinuation {
                #expect(column > 0 && frame[column - 1, row].width == 2)
            }
        }
    }

    @Test func escapesInNamesAreShownNotObeyed() {
        let frame = renderStage(events, width: 200, height: 30)
        #expect(frame.plainLines.contains { $0.contains("␛[2Jevil") })
        #expect(!frame.cells.contains { $0.text.unicodeScalars.contains { $0.value == 0x1B } })
    }
}
