import EventLoop
import Multiprocessing
import Synchronization
import Threading
import Trace

/// Lesson 09: one answer that arrives late on a pipe, waited for four ways. Blocking and
/// non-blocking are about the caller (can it do other work meanwhile?); synchronous and
/// asynchronous about the callee (does it answer now, or call back later?).
///
/// In every round a thread, the callee, answers after `delay` seconds, and the caller has other
/// work it would like to do in ticks of `tick` seconds. The results count the ticks the caller
/// got done before the answer arrived.
public enum BlockingVsAsyncDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "blocking-vs-async",
        parameters: [delay, tick],
        results: [
            DemoResultSpec("blocking_ticks"),
            DemoResultSpec("polling_ticks"),
            DemoResultSpec("polling_checks"),
            DemoResultSpec("callback_ticks"),
            DemoResultSpec("await_ticks"),
        ])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let delay: DemoParameterKey<Double> = .decimal(
        "delay", 0.05...10, default: 1)
    static let tick: DemoParameterKey<Double> = .decimal(
        "tick", 0.01...1, default: 0.1)

    /// Ticks narrated in each round before the rest run unnarrated.
    static let narratedTicks = 3

    public static func run(_ run: DemoRun) throws {
        let delay = run[Self.delay]
        let chores = Chores(seconds: run[Self.tick], gate: run.detail)
        run.note(descriptor.text("note.setup", ["delay": "\(DemoValue.decimal(delay))"]))

        run.note(descriptor.text("note.blocking"))
        guard let blocking = try round(run, chores, delay, wait: waitBlocking) else { return }
        run.report("blocking_ticks", blocking.ticks)
        run.pause(1)

        run.note(descriptor.text("note.polling"))
        guard let polling = try round(run, chores, delay, wait: waitPolling) else { return }
        run.report("polling_ticks", polling.ticks)
        run.report("polling_checks", polling.checks)
        run.pause(1)

        run.note(descriptor.text("note.callback"))
        guard let callback = try round(run, chores, delay, wait: waitWithCallback) else { return }
        run.report("callback_ticks", callback.ticks)
        run.pause(1)

        run.note(descriptor.text("note.await"))
        guard let awaited = try round(run, chores, delay, wait: waitWithAwait) else { return }
        run.report("await_ticks", awaited.ticks)
    }

    /// What one way of waiting saw.
    struct Outcome {
        var ticks = 0
        var checks = 0
        var answered = false
    }

    /// Starts a callee that answers after `delay`, waits for the answer with `wait`, and joins
    /// the callee; nil when the time limit cut the round short.
    private static func round(
        _ run: DemoRun, _ chores: Chores, _ delay: Double,
        wait: (DemoRun, Chores, RawPipe) throws -> Outcome
    ) throws -> Outcome? {
        run.detail?.reopen()
        chores.reset()
        let line = try RawPipe(name: "line", tracer: run.detailTracer)
        let written = Moment()
        // Set when the caller gives up, so the callee can be joined at once instead of after `delay`.
        let hangUp = Event(name: "hang-up", tracer: .disabled)
        let callee = Thread(name: "callee") {
            // Shown as sleeping, as `time.sleep(delay)` would be, though the hang-up can cut it short.
            let tracer = TraceContext.tracer
            let wake = MonotonicClock.now() &+ UInt64(delay * 1e9)
            tracer.record(
                actor: TraceContext.currentActor, .transition(.sleeping(untilNanos: wake)),
                note: descriptor.text("note.thinking"))
            let hungUp = hangUp.wait(timeout: delay)
            tracer.record(actor: TraceContext.currentActor, .transition(.running))
            guard !hungUp else { return }
            written.mark()
            _ = try line.write(Array("answer".utf8))
        }
        try callee.start()
        let outcome = try wait(run, chores, line)
        let read = MonotonicClock.now()
        if !outcome.answered { hangUp.set() }
        // Joined before `written` is read, so the callee's mark is visible.
        try callee.join(timeout: delay + 5)
        guard outcome.answered else {
            run.stopEarly(because: descriptor.text("stop.no-answer"))
            return nil
        }
        run.note(descriptor.text("note.answered", ["ticks": "\(outcome.ticks)"]))
        if let sent = written.time, read > sent {
            run.note(
                descriptor.text(
                    "note.answer-waited", ["duration": DurationText.format(nanoseconds: read - sent)]))
        }
        return outcome
    }

    /// Seconds the caller may still wait for one answer.
    private static func waitLimit(_ run: DemoRun) -> Double {
        max(0.01, run.remaining)
    }

    /// A plain read: the caller is stuck in it, so no tick can run until it returns.
    private static func waitBlocking(_ run: DemoRun, _ chores: Chores, _ line: RawPipe) throws -> Outcome {
        do {
            _ = try line.read(maxLength: 64, timeout: waitLimit(run))
        } catch is TimeoutError {
            return Outcome(ticks: chores.count)
        }
        return Outcome(ticks: chores.count, checks: 1, answered: true)
    }

    /// A zero-timeout read says at once whether data is there (Python's non-blocking `os.read`
    /// raising `BlockingIOError`); between checks the caller does a tick.
    private static func waitPolling(_ run: DemoRun, _ chores: Chores, _ line: RawPipe) throws -> Outcome {
        var outcome = Outcome()
        while !run.isOverTime {
            outcome.checks += 1
            do {
                _ = try line.read(maxLength: 64, timeout: 0)
                outcome.answered = true
                break
            } catch is TimeoutError {
                chores.tick()
            }
        }
        outcome.ticks = chores.count
        return outcome
    }

    /// Twisted style: the reactor watches the pipe and runs the Deferred's callback when the
    /// answer is there; until then it keeps running the tick callback.
    private static func waitWithCallback(_ run: DemoRun, _ chores: Chores, _ line: RawPipe) throws -> Outcome
    {
        let reactor = try Reactor(tracer: run.detailTracer)
        var outcome = Outcome()
        answer(from: line, on: reactor).addCallback { _ in
            outcome.answered = true
            outcome.ticks = chores.count
            reactor.stop()
        }
        func chore() {
            guard !outcome.answered else { return }
            chores.tick()
            reactor.callLater(0, chore)
        }
        reactor.callSoon(chore)
        reactor.run(timeout: waitLimit(run))
        reactor.removeReader(line.readFD)
        return outcome
    }

    /// asyncio style: one coroutine awaits the answer while another does the ticks, both on the
    /// reactor's one thread; `await` is where a coroutine lets the other run.
    private static func waitWithAwait(_ run: DemoRun, _ chores: Chores, _ line: RawPipe) throws -> Outcome {
        let reactor = try Reactor(tracer: run.detailTracer)
        let answered = Moment()
        let ticks: Int
        do {
            ticks = try reactor.run(timeout: waitLimit(run)) {
                reactor.spawn {
                    while !answered.isMarked {
                        chores.tick()
                        await reactor.sleep(0)
                    }
                }
                _ = try await answer(from: line, on: reactor).value
                answered.mark()
                return chores.count
            }
        } catch is ReactorTimeoutError {
            answered.mark()
            reactor.runUntilIdle(timeout: 1)
            reactor.removeReader(line.readFD)
            return Outcome(ticks: chores.count)
        }
        // Let the ticking coroutine see the flag and finish before the reactor goes away.
        reactor.runUntilIdle(timeout: 1)
        return Outcome(ticks: ticks, checks: 1, answered: true)
    }

    /// A Deferred that fires with the answer once the reactor finds the pipe readable.
    private static func answer(from line: RawPipe, on reactor: Reactor) -> Deferred<[UInt8]> {
        let deferred = Deferred<[UInt8]>()
        do {
            try reactor.addReader(line.readFD) {
                reactor.removeReader(line.readFD)
                try? deferred.fire(Result { try line.read(maxLength: 64, timeout: 0) })
            }
        } catch {
            try? deferred.errback(error)
        }
        return deferred
    }
}

/// The caller's other work: ticks of busy computation, counted, the first few narrated.
private final class Chores: Sendable {
    private let nanoseconds: UInt64
    private let done = Atomic<Int>(0)
    private let gate: TraceGate?

    init(seconds: Double, gate: TraceGate?) {
        nanoseconds = UInt64(seconds * 1e9)
        self.gate = gate
    }

    /// Ticks done since the last ``reset()``.
    var count: Int { done.load(ordering: .relaxed) }

    func reset() {
        done.store(0, ordering: .relaxed)
    }

    /// Keeps the CPU busy for one tick, as real work would.
    func tick() {
        let end = MonotonicClock.now() &+ nanoseconds
        while MonotonicClock.now() < end {}
        let number = done.add(1, ordering: .relaxed).newValue
        if number <= BlockingVsAsyncDemo.narratedTicks {
            TraceContext.tracer.record(
                actor: TraceContext.currentActor,
                .note(BlockingVsAsyncDemo.descriptor.text("note.tick", ["number": "\(number)"])))
        }
        if number == BlockingVsAsyncDemo.narratedTicks {
            gate?.close()
            TraceContext.tracer.record(
                actor: TraceContext.currentActor,
                .note(BlockingVsAsyncDemo.descriptor.text("note.unnarrated")))
        }
    }
}

/// A moment marked once from any thread: when the callee wrote, when the answer was read.
private final class Moment: Sendable {
    private let nanoseconds = Atomic<UInt64>(0)

    var isMarked: Bool { nanoseconds.load(ordering: .acquiring) != 0 }

    /// The marked time on the monotonic clock, nil before ``mark()``.
    var time: UInt64? {
        let value = nanoseconds.load(ordering: .acquiring)
        return value == 0 ? nil : value
    }

    func mark() {
        nanoseconds.store(MonotonicClock.now(), ordering: .releasing)
    }
}
