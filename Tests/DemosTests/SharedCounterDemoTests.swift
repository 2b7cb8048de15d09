import TestSupport
import Testing

@testable import Demos

@Suite("Demo: shared-counter", .forksProcesses)
struct SharedCounterDemoTests {
    @Test("with the lock, no addition is lost")
    func lockedLosesNothing() async throws {
        let run = try await runDemo("shared-counter", ["workers=3", "increments=20000", "lock=on"])
        #expect(try run.number("expected") == 60_000)
        #expect(try run.number("actual") == 60_000)
        #expect(try run.number("lost") == 0)
        #expect(try run.number("lost_watched") == 0)
        #expect(try run.number("lost_full_speed") == 0)
    }

    @Test("without the lock, expected minus actual is what it reports as lost")
    func unlockedAddsUp() async throws {
        let run = try await runDemo("shared-counter", ["workers=2", "increments=20000", "lock=off"])
        #expect(try run.number("expected") == 40_000)
        #expect(try run.number("expected") - run.number("actual") == run.number("lost"))
        #expect(try run.number("lost") >= 0)
        // On a busy machine the full-speed rounds may not have overlapped; then it says so.
        if try run.value("lost_full_speed").hasPrefix("not measured") {
            #expect(try run.number("lost_watched") <= run.number("lost"))
        } else {
            #expect(try run.number("lost_watched") + run.number("lost_full_speed") == run.number("lost"))
        }
    }

    @Test("full-speed rounds that never ran at the same time are not measured; overlapping ones are")
    func raceNeedsOverlap() {
        let many: [Int64] = [500, 500]
        // Worker 1 ran from 100 to 200, worker 2 from 300 to 400: nothing could be lost.
        #expect(SharedCounterDemo.whyNoRace(spans: [100, 200, 300, 400], turns: many, workers: 2) != nil)
        #expect(SharedCounterDemo.whyNoRace(spans: [100, 300, 200, 400], turns: many, workers: 2) == nil)
        // A worker that never reached full speed (time limit) does not count; one alone cannot race.
        #expect(SharedCounterDemo.whyNoRace(spans: [100, 300, 0, 0], turns: many, workers: 2) == nil)
        #expect(SharedCounterDemo.whyNoRace(spans: [100, 300], turns: [0], workers: 1) == nil)
    }

    @Test("overlapping rounds that took turns only a few times (one busy CPU) are not measured")
    func raceNeedsTurns() {
        let overlapping: [Int64] = [100, 300, 200, 400]
        let few = SharedCounterDemo.whyNoRace(spans: overlapping, turns: [2, 1], workers: 2)
        #expect(few?.contains("took turns only 3 times") == true)
        let enough = SharedCounterDemo.minimumTurns
        #expect(SharedCounterDemo.whyNoRace(spans: overlapping, turns: [enough, 0], workers: 2) == nil)
    }

    @Test("a loss at full speed is measured however few turns the workers took")
    func lossProvesTheRace() {
        let overlapping: [Int64] = [100, 300, 200, 400]
        // One preemption between a read and its write can lose thousands of additions.
        #expect(
            SharedCounterDemo.whyNotMeasured(lost: 9188, spans: overlapping, turns: [3, 3], workers: 2) == nil
        )
        #expect(
            SharedCounterDemo.whyNotMeasured(lost: 0, spans: overlapping, turns: [3, 3], workers: 2) != nil)
    }

    @Test("paced, the staged rounds are counted apart from the rounds at full speed")
    func stagedCountedApart() async throws {
        let run = try await runDemo("shared-counter", ["speed=50", "workers=2", "increments=4", "lock=off"])
        #expect(try run.number("expected") == 8)
        // Every addition was a watched one: whatever was lost, was lost in the staged rounds.
        #expect(try run.number("lost_watched") == run.number("lost"))
        #expect(try run.number("lost_full_speed") == 0)
    }

    @Test("only the first rounds are traced in detail, each worker says so")
    func detailIsGated() async throws {
        let run = try await runDemo("shared-counter", ["workers=2", "increments=5000"])
        #expect(run.events.count < 500)
        #expect(run.notes.filter { $0.contains("run at full speed") }.count == 2)
        #expect(Set(run.actors.map(\.name)).isSuperset(of: ["worker-1", "worker-2"]))
    }
}
