import CPrimitives
import Foundation
import Messages
import Trace

/// A Python program running under the probe, seen from Spindle: its events stream into
/// `recorder` while it runs, what it prints is kept, ``poll()`` says when it has ended, and
/// ``stop(because:)`` ends it and everything it started.
///
/// The program runs in a process group of its own, so that stopping it reaches every process
/// it forked, and Spindle adopts the group's orphans (Linux), so that every one of them is
/// reaped here rather than left to PID 1. One thread of Spindle's reads the program's three
/// pipes (events, standard output, standard error), orders the events, watches for a
/// deadlock, the time limit and the process cap, and reaps; it is joined before the outcome
/// is settled.
public final class ScriptRun: @unchecked Sendable {
    /// How a stop by Ctrl-C is worded; ``ScriptOutcome/Ending/commandStatus`` recognises it.
    public static let interruptReason = "interrupted with Ctrl-C"
    /// How long after it happened an event may reach the recorder, at most: the probe flushes
    /// its lines now and then, and the lines of several processes wait to be put in order.
    public static let eventDelay: UInt64 = ProbeStreamMerger.hold
    /// The most lines of output kept, and the longest line.
    static let outputLineLimit = 10_000
    static let outputLineLength = 1_000
    /// How much output is kept, in words of `language`.
    public static func outputLineLimitText(in language: Language) -> String {
        Messages.text("script.output-limit", ["count": "\(outputLineLimit)"], in: language)
    }

    public let invocation: ScriptInvocation
    /// Where the trace goes.
    public let recorder = TraceRecorder()
    private let group: pid_t
    private let pipes: ScriptPipes

    // Guarded by `lock`.
    private let lock = NSLock()
    private var settled: ScriptOutcome?
    private var stopRequest: String?
    private var printed: [OutputLine] = []
    private var droppedOutput = 0
    private var suspendedAt: UInt64?
    private var deadline: UInt64
    private let readerDone = DispatchSemaphore(value: 0)

    /// How a run ends, with its reason in every language when the run words it itself.
    private typealias Ended = (ending: ScriptOutcome.Ending, words: ScriptWords?)

    /// Starts `invocation` under `probe` (the probe's Python source).
    public init(_ invocation: ScriptInvocation, probe: String) throws(ScriptRunError) {
        self.invocation = invocation
        try ScriptPreflight.check(invocation)
        let pipes = try ScriptPipes.make()
        self.pipes = pipes
        ChildAdoption.begin()
        do {
            group = try ScriptSpawn.start(invocation, probe: probe, pipes: pipes)
        } catch {
            ChildAdoption.end()
            pipes.closeAll()
            throw error
        }
        pipes.closeChildEnds()
        deadline = MonotonicClock.now() &+ UInt64(invocation.timeLimit * 1e9)
        let reader = Thread { [self] in
            read()
            readerDone.signal()
        }
        reader.name = "spindle-trace-reader"
        reader.start()
    }

    deinit {
        if lock.withLock({ settled }) == nil {
            kill(-group, SIGKILL)
        }
    }

    /// The outcome once the run is over, `nil` while it goes on; never blocks.
    public func poll() -> ScriptOutcome? {
        lock.withLock { settled }
    }

    /// Waits until the run is over, at most `timeout` seconds (`nil`: as long as it takes).
    public func wait(timeout: Double? = nil) -> ScriptOutcome? {
        if let outcome = poll() { return outcome }
        guard let timeout else {
            readerDone.wait()
            readerDone.signal()
            return poll()
        }
        if readerDone.wait(timeout: .now() + max(0, timeout)) == .success { readerDone.signal() }
        return poll()
    }

    /// Ends the program and everything it started, and returns the outcome: stopped for
    /// `reason`, unless it had ended already.
    @discardableResult
    public func stop(because reason: String) -> ScriptOutcome {
        lock.withLock { if stopRequest == nil { stopRequest = reason } }
        kill(-group, SIGCONT)
        if let outcome = wait(timeout: 10) { return outcome }
        // The reader thread is stuck (it never should be): end the group from here.
        kill(-group, SIGKILL)
        return wait()
            ?? ScriptOutcome(
                ending: .stopped(reason), output: [], droppedOutputLines: 0, pythonVersion: nil,
                unreadableLines: 0)
    }

    /// Stops every process of the program where it is (Ctrl-Z on the tutor).
    public func suspend() {
        lock.withLock { if suspendedAt == nil { suspendedAt = MonotonicClock.now() } }
        kill(-group, SIGSTOP)
    }

    /// Lets a suspended program go on; the time it spent stopped does not count towards its limit.
    public func resume() {
        lock.withLock {
            if let since = suspendedAt { deadline &+= MonotonicClock.now() &- since }
            suspendedAt = nil
        }
        kill(-group, SIGCONT)
    }

    /// What the program printed from line `index` on, and the index to pass next time.
    public func output(from index: Int) -> (lines: [OutputLine], next: Int) {
        lock.withLock {
            let start = min(max(0, index), printed.count)
            return (Array(printed[start...]), printed.count)
        }
    }

    // MARK: The reader thread

    private func read() {
        var follower = ScriptFollower(invocation: invocation, recorder: recorder)
        var streams = ScriptStreams(pipes: pipes)
        var rootStatus: Int32?
        var rootEndedAt: UInt64?
        var ending: Ended?
        var lastCapCheck: UInt64 = 0
        while true {
            let arrived = streams.receive(waitingMilliseconds: 10)
            for line in arrived.events { follower.add(line) }
            keep(arrived.output)
            let now = MonotonicClock.now()
            follower.pump(now: now, arrived: !arrived.events.isEmpty)
            if ending == nil { ending = reasonToStop(now: now, follower: &follower) }
            if ending == nil, now &- lastCapCheck > 100_000_000 {
                lastCapCheck = now
                ending = processCapReached()
            }
            if rootStatus == nil, let status = reap(group) {
                rootStatus = status
                rootEndedAt = now
            }
            if ending != nil { break }
            if let endedAt = rootEndedAt {
                // The program is over once every process has closed its end of the pipes; a
                // process still holding one a second later outlived the program.
                if streams.allClosed { break }
                if now &- endedAt > 1_000_000_000 {
                    follower.noteLeftovers()
                    break
                }
            }
        }
        finish(follower: &follower, streams: &streams, rootStatus: rootStatus, ending: ending)
    }

    /// A stop asked for, the time limit passed, or a deadlock found; `nil` to go on.
    private func reasonToStop(now: UInt64, follower: inout ScriptFollower) -> Ended? {
        let (request, pastDeadline) = lock.withLock { (stopRequest, suspendedAt == nil && now >= deadline) }
        if let request { return (.stopped(request), nil) }
        if pastDeadline {
            return Self.stopped(
                .text("script.stop.time-limit", ["seconds": Self.seconds(invocation.timeLimit)]))
        }
        if let sentence = follower.newDeadlock(now: now), !invocation.keepRunning {
            return (.deadlocked(sentence), nil)
        }
        return nil
    }

    private func processCapReached() -> Ended? {
        let count = cprim_count_group(group)
        // The program's own first process does not count, as a demo's does not.
        guard count > ScriptInvocation.processLimit + 1 else { return nil }
        return Self.stopped(.text("script.stop.process-cap", ["limit": "\(ScriptInvocation.processLimit)"]))
    }

    /// Stopped by the run itself: the outcome keeps the English, the student reads `words`.
    private static func stopped(_ words: ScriptWords) -> Ended {
        (.stopped(words.english), words)
    }

    private func keep(_ lines: [OutputLine]) {
        guard !lines.isEmpty else { return }
        lock.withLock {
            for line in lines {
                guard printed.count < Self.outputLineLimit else {
                    droppedOutput += 1
                    continue
                }
                var kept = line
                if kept.text.count > Self.outputLineLength {
                    kept.text = String(kept.text.prefix(Self.outputLineLength)) + "…"
                }
                printed.append(kept)
            }
        }
    }

    /// Ends whatever is left of the program, reaps every process of its group, takes the last
    /// lines and settles the outcome.
    private func finish(
        follower: inout ScriptFollower, streams: inout ScriptStreams, rootStatus: Int32?,
        ending: Ended?
    ) {
        kill(-group, SIGKILL)
        kill(-group, SIGCONT)
        var status = rootStatus
        let giveUp = MonotonicClock.now() &+ 3_000_000_000
        while MonotonicClock.now() < giveUp {
            if status == nil { status = reap(group) }
            while reapAnyone(in: group) {}
            if status != nil, cprim_count_group(group) <= 0 { break }
            usleep(5_000)
        }
        // The count leaves zombies out: one that died after the last reaping is reaped now.
        // Every orphan was handed to this process when its parent died, so none is missed.
        while reapAnyone(in: group) {}
        ChildAdoption.end()
        let last = streams.drain()
        for line in last.events { follower.add(line) }
        keep(last.output)
        streams.closeAll()
        let killed = ending != nil || rootStatus == nil
        follower.finish(rootStatus: status, killed: killed)
        let ended =
            ending
            ?? Self.ending(
                of: status, output: output(from: 0).lines, follower: follower, python: invocation.python)
        let outcome = ScriptOutcome(
            ending: ended.ending,
            output: output(from: 0).lines,
            droppedOutputLines: lock.withLock { droppedOutput },
            pythonVersion: follower.pythonVersion,
            unreadableLines: streams.unreadableLines, warnings: follower.warnings, reasonWords: ended.words)
        lock.withLock { settled = outcome }
    }

    private static func ending(
        of status: Int32?, output: [OutputLine], follower: ScriptFollower, python: String
    ) -> Ended {
        guard let status else { return stopped(.text("script.stop.not-waited-for")) }
        if cprim_status_signalled(status) != 0 { return (.signalled(cprim_status_signal(status)), nil) }
        let code = cprim_status_exit_code(status)
        if code != 0,
            let failure = ScriptFailure.diagnose(
                output, probeStarted: follower.pythonVersion != nil, python: python)
        {
            return (.failed(failure.english), failure)
        }
        return (.exited(code), nil)
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// The status of `pid` if it has ended (it is then reaped), `nil` while it runs.
    private func reap(_ pid: pid_t) -> Int32? {
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { return status }
            if result < 0 && errno == EINTR { continue }
            return nil
        }
    }

    /// Reaps one ended process of the group (an adopted orphan); whether there was one.
    private func reapAnyone(in group: pid_t) -> Bool {
        var status: Int32 = 0
        return waitpid(-group, &status, WNOHANG) > 0
    }
}
