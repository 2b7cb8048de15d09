import SnapshotTesting
import Testing
import Trace

@testable import Stage

/// The fixture trace drawn at both reference sizes and compared, row for row, with the frames
/// recorded under `__Snapshots__/StageViewGoldenTests/`: the text, and the styles as one letter
/// per cell (see `styleLines`). The fixture fixes every pid and time, so the frames are the same
/// on every machine.
///
/// When a change to the stage is meant to change the frames, record them again, read the diff
/// and commit it:
///
///     SNAPSHOT_TESTING_RECORD=failed swift test --filter StageViewGoldenTests
///
/// (`all` rewrites every frame, `failed` only those that differ). A frame missing from disk is
/// recorded and its test fails, so a new frame is never passed unseen.
@Suite("StageView golden frames") struct StageViewGoldenTests {
    private func frame(width: Int, height: Int, color: Bool) -> FrameBuffer {
        StageView.render(
            timeline: StageViewFixture.timeline, at: StageViewFixture.now,
            size: (width, height), color: color, title: "Lock contention")
    }

    @Test func smallTerminalText() {
        assertSnapshot(
            of: frame(width: 80, height: 24, color: false).plainLines.joined(separator: "\n"),
            as: .lines)
    }

    /// Colour changes only the styles, never the text.
    @Test func smallTerminalStyles() {
        let colored = frame(width: 80, height: 24, color: true)
        assertSnapshot(of: styleLines(colored).joined(separator: "\n"), as: .lines)
        #expect(colored.plainLines == frame(width: 80, height: 24, color: false).plainLines)
    }

    @Test func colorOffLeavesEveryCellPlain() {
        let plain = frame(width: 80, height: 24, color: false)
        #expect(plain.cells.allSatisfy { $0.style == .plain })
    }

    /// The tree beside the resources, and every narration line the height allows.
    @Test func largeTerminalText() {
        assertSnapshot(
            of: frame(width: 200, height: 60, color: false).plainLines.joined(separator: "\n"),
            as: .lines)
    }
}
