import SnapshotTesting
import Stage
import Testing

@testable import LabScreen

/// The lab screen drawn from fixed snapshots and compared, row for row, with the frames recorded
/// under `__Snapshots__/LabViewGoldenTests/`. Record again after an intended change and review
/// the diff:
///
///     SNAPSHOT_TESTING_RECORD=failed swift test --filter LabViewGoldenTests
@Suite("LabView golden frames") struct LabViewGoldenTests {
    private func text(_ snapshot: LabSnapshot, width: Int = 80, height: Int = 24) -> String {
        LabView.render(snapshot, width: width, height: height).plainLines.joined(separator: "\n")
    }

    @Test func twoThreadsOneBlocked() {
        assertSnapshot(of: text(LabFixtures.twoThreadsOneBlocked), as: .lines)
    }

    @Test func fourThreads() {
        assertSnapshot(of: text(LabFixtures.fourThreads), as: .lines)
    }

    @Test func narrowTerminal() {
        assertSnapshot(of: text(LabFixtures.fourThreads, width: 60, height: 20), as: .lines)
    }

    @Test func smallestTerminal() {
        assertSnapshot(of: text(LabFixtures.twoThreadsOneBlocked, width: 40, height: 12), as: .lines)
    }

    @Test func won() {
        assertSnapshot(of: text(LabFixtures.won), as: .lines)
    }

    @Test func ended() {
        assertSnapshot(of: text(LabFixtures.ended), as: .lines)
    }

    @Test func longLines() {
        assertSnapshot(of: text(LabFixtures.longLines), as: .lines)
    }

    @Test func longLinesNarrow() {
        assertSnapshot(of: text(LabFixtures.longLines, width: 40, height: 14), as: .lines)
    }

    @Test func moreThreadsThanFit() {
        assertSnapshot(of: text(LabFixtures.sixThreads), as: .lines)
    }
}
