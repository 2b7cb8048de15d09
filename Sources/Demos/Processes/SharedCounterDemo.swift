import Messages
import Multiprocessing
import Threading
import Trace

/// Lesson 06: the lost update. Workers add 1 to a `Value` in shared memory with `v.value += 1`;
/// without a lock around the whole update, two read the same number and one addition vanishes.
public enum SharedCounterDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "shared-counter",
        parameters: [workers, increments, lock],
        results: [
            DemoResultSpec("expected", values: .count),
            DemoResultSpec("actual", values: .count),
            DemoResultSpec("lost", values: .count),
            DemoResultSpec(
                "lost_watched",
                values: .count),
            DemoResultSpec("lost_full_speed", values: .count),
        ])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let workers: DemoParameterKey<Int> = .integer(
        "workers", 1...8, default: 2)
    static let increments: DemoParameterKey<Int> = .integer(
        "increments", 1...1_000_000, default: 10_000)
    static let lock: DemoParameterKey<Bool> = .flag(
        "lock", default: false)

    /// Rounds each worker shows slowly and traced before the rest run at full speed.
    static let watchedRounds = 4

    public static func run(_ run: DemoRun) throws {
        let workers = run[Self.workers]
        let increments = run[Self.increments]
        let locked = run[Self.lock]
        let counter = try SharedValue<Int64>(0, name: "v", tracer: run.detailTracer)
        let lock = try ProcessLock(name: "l", tracer: run.detailTracer)
        // Each worker's count of additions made, so a run cut short by its time limit does not
        // count unfinished work as lost.
        let made = try SharedArray<Int64>(repeating: 0, count: workers, lock: false, tracer: .disabled)
        // When each worker's full-speed rounds began and ended (monotonic nanoseconds), to tell
        // whether they ever ran at the same time.
        let spans = try SharedArray<Int64>(repeating: 0, count: workers * 2, lock: false, tracer: .disabled)
        // How often each worker, between two of its full-speed additions, saw another worker
        // make progress: the chances the race had. One CPU shared with a busy machine may give
        // the workers only a few turns each, and few turns can lose nothing by chance.
        let turns = try SharedArray<Int64>(repeating: 0, count: workers, lock: false, tracer: .disabled)
        run.note(
            descriptor.text(locked ? "note.locked" : "note.unlocked", ["increments": "\(increments)"]))
        run.note(descriptor.text("note.watched", ["rounds": "\(watchedRounds)"]))
        // Untraced: they hold the full-speed rounds back until every worker's watched rounds are
        // done, so that the losses of the staged rounds and of the real race are counted apart.
        let watchedDone = try ProcessSemaphore(value: 0, tracer: .disabled)
        let goOn = try ProcessEvent(tracer: .disabled)
        let watched = min(watchedRounds, increments)
        let processes = (1...workers).map { number in
            Process(name: "worker-\(number)") {
                for round in 0..<watched where !run.isOverTime {
                    // Slowed down to be seen: a pause between the read and the write, where
                    // the other worker can (without the lock) read the same value.
                    let update = {
                        let seen = counter.value
                        run.pause(0.55)
                        counter.value = seen + 1
                    }
                    if locked { lock.withLock(update) } else { update() }
                    made[number - 1] = Int64(round + 1)
                    run.pause(0.25)
                }
                try watchedDone.release()
                guard goOn.wait(timeout: max(run.remaining, 0.001)), increments > watched, !run.isOverTime
                else { return }
                run.detail?.close()
                run.note(descriptor.text("note.full-speed", ["additions": "\(increments - watched)"]))
                spans[2 * (number - 1)] = Int64(MonotonicClock.now())
                defer { spans[2 * (number - 1) + 1] = Int64(MonotonicClock.now()) }
                var othersSeen = Self.othersMade(made, except: number - 1)
                var turnsSeen: Int64 = 0
                defer { turns[number - 1] = turnsSeen }
                for round in watched..<increments {
                    if (round - watched) % 1024 == 1023, run.isOverTime { break }
                    if locked {
                        lock.withLock { counter.value += 1 }
                    } else {
                        counter.value += 1
                    }
                    made[number - 1] = Int64(round + 1)
                    let others = Self.othersMade(made, except: number - 1)
                    if others != othersSeen {
                        turnsSeen += 1
                        othersSeen = others
                    }
                }
            }
        }
        for process in processes { try process.start() }
        for _ in 0..<workers {
            guard watchedDone.acquire(timeout: max(run.remaining, 0.001)) else { break }
        }
        // Every worker is waiting now (or gave up): the counter and the counts are still.
        run.detail?.close()
        let lostWatched = made.toArray().reduce(0, +) - counter.value
        goOn.set()
        for process in processes { try process.join(timeout: run.remaining(plus: 1)) }
        let expected = made.toArray().reduce(0, +)
        let actual = counter.value
        if expected < Int64(workers * increments) {
            run.stopEarly(
                because: descriptor.text(
                    "stop.additions", ["done": "\(expected)", "all": "\(workers * increments)"]))
        }
        run.report("expected", expected)
        run.report("actual", actual)
        run.report("lost", expected - actual)
        run.report("lost_watched", lostWatched)
        let lostFullSpeed = expected - actual - lostWatched
        if !locked,
            let reason = Self.whyNotMeasured(
                lost: lostFullSpeed, spans: spans.toArray(), turns: turns.toArray(), workers: workers)
        {
            run.reportNotMeasured("lost_full_speed", because: reason)
        } else {
            run.report("lost_full_speed", lostFullSpeed)
        }
    }

    /// The fewest turns between workers for a lost update to be expected. On one CPU a turn
    /// is a preemption, and most preemptions fall between a read and its write (each is a
    /// locked step of its own, and a worker that meets the lock held gives the CPU back), so
    /// a dozen turns losing nothing is a chance of the order of one in ten thousand.
    static let minimumTurns: Int64 = 12

    /// Progress of the workers other than `worker`, to notice when another one ran.
    static func othersMade(_ made: SharedArray<Int64>, except worker: Int) -> Int64 {
        var total: Int64 = 0
        for index in 0..<made.count where index != worker { total &+= made[index] }
        return total
    }

    /// Why `lost` updates in the full-speed rounds do not answer whether they race, if they do
    /// not: a loss proves the race however few turns the workers took, so only a run that lost
    /// nothing may have been denied the chance (see ``whyNoRace(spans:turns:workers:)``).
    static func whyNotMeasured(lost: Int64, spans: [Int64], turns: [Int64], workers: Int) -> String? {
        lost > 0 ? nil : whyNoRace(spans: spans, turns: turns, workers: workers)
    }

    /// Why the full-speed rounds could not race, if they could not: on a busy machine one worker
    /// may finish all its additions before the scheduler lets another start, and then nothing
    /// can be lost whatever the program does. Such a run says so rather than grade a zero, in
    /// English, as result values are.
    static func whyNoRace(spans: [Int64], turns: [Int64], workers: Int) -> String? {
        guard workers > 1 else { return nil }
        var starts: [Int64] = []
        var ends: [Int64] = []
        for worker in 0..<workers where spans[2 * worker] > 0 {
            starts.append(spans[2 * worker])
            ends.append(spans[2 * worker + 1])
        }
        guard starts.count > 1, let latestStart = starts.max(), let earliestEnd = ends.min() else {
            return nil
        }
        if latestStart >= earliestEnd {
            return descriptor.text("not-measured.never-together", in: .english)
        }
        let taken = turns.reduce(0, +)
        if taken < minimumTurns {
            return descriptor.text("not-measured.few-turns", ["turns": "\(taken)"], in: .english)
        }
        return nil
    }
}
