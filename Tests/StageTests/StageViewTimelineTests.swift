import Testing
import Trace

@testable import Stage

/// The timeline's intervals and how a window of them becomes columns.
@Suite("StageView timeline") struct StageViewTimelineTests {
    private func history(_ states: [(UInt64, ActorState)]) -> LaneHistory {
        var history = LaneHistory()
        for (time, state) in states { history.append(state, at: time) }
        return history
    }

    @Test func columnsShowTheStateThatFilledMostOfThem() {
        let lane = history([
            (0, .new), (10, .running), (35, .blocked(on: ResourceID(1))), (60, .done(.exited(0))),
        ])
        let columns = lane.columns(from: 0, slice: 10, count: 9, now: 80)
        #expect(columns == [.new, .running, .running, .blocked, .blocked, .blocked, .succeeded, nil, nil])
    }

    @Test func columnsBeforeDeclarationAndAfterNowAreEmpty() {
        let lane = history([(20, .running)])
        #expect(lane.columns(from: 0, slice: 10, count: 5, now: 35) == [nil, nil, .running, .running, nil])
    }

    /// The middle column lies within one interval; the last must still count only its own time,
    /// not what the first column counted.
    @Test func eachColumnCountsOnlyItsOwnTime() {
        let lane = history([
            (0, .blocked(on: ResourceID(1))), (9, .running), (26, .blocked(on: ResourceID(1))),
        ])
        #expect(lane.columns(from: 0, slice: 10, count: 3, now: 30) == [.blocked, .running, .running])
    }

    @Test func tiesGoToTheMoreTellingState() {
        let lane = history([(0, .running), (5, .blocked(on: ResourceID(1)))])
        #expect(lane.columns(from: 0, slice: 10, count: 1, now: 10) == [.blocked])
    }

    @Test func windowInTheMiddleFindsTheStateInForce() {
        let lane = history([(0, .running), (100, .sleeping(untilNanos: nil)), (200, .running)])
        #expect(
            lane.columns(from: 150, slice: 25, count: 4, now: 300) == [
                .sleeping, .sleeping, .running, .running,
            ])
    }

    @Test func earlierTimesAreMovedUpToKeepOrder() {
        let lane = history([(50, .running), (40, .ready)])
        #expect(lane.intervals.map(\.start) == [50, 50])
    }

    @Test func timelineIgnoresTransitionsOfUndeclaredActors() {
        var timeline = Timeline()
        timeline.append([TraceEvent(time: 1, actor: ActorID(9), kind: .transition(.running))])
        #expect(timeline.history(of: ActorID(9)).intervals.isEmpty)
        #expect(timeline.narration.count == 1)
    }

    @Test func timelineRecordsIntervalsAndState() {
        let timeline = StageViewFixture.timeline
        let worker = timeline.history(of: StageViewFixture.workers[0]).intervals.map(\.lane)
        #expect(worker == [.new, .running, .sleeping, .running])
        #expect(timeline.state.owner(of: StageViewFixture.lock) == StageViewFixture.workers[0])
        #expect(timeline.origin == StageViewFixture.start)
        #expect(timeline.narration.count == StageViewFixture.events.count)
    }

    @Test func fitScaleIsTheSmallestRoundSliceThatHoldsTheRun() {
        #expect(TimeScale.fit.window(origin: 0, now: 40_000_000, columns: 27) == (start: 0, slice: 2_000_000))
        let late = TimeScale.fixed(nanosecondsPerColumn: 1_000).window(origin: 0, now: 100_000, columns: 10)
        #expect(late == (start: 90_000, slice: 1_000))
    }
}
