import Trace

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Follows the probe's lines as they arrive: merges the processes' streams, turns lines into
/// events for the recorder, keeps the state they describe, and finds a deadlock in it.
struct ScriptFollower {
    /// How long the program must have been silent before its state is trusted to be a
    /// deadlock: longer than the merger holds lines, so nothing reported is still on its way.
    static let quietBeforeDeadlock: UInt64 = 250_000_000
    /// Room kept for the declarations and endings that close a trace once it is full.
    static let reserve = 1_000

    private let recorder: TraceRecorder
    private var merger = ProbeStreamMerger()
    private var translator: ProbeTranslator
    private(set) var state = TraceState()
    private var lastArrival = MonotonicClock.now()
    private var lastTime: UInt64 = 0
    private var reportedCycle: [WaitForGraph.Link]?
    private var full = false

    init(invocation: ScriptInvocation, recorder: TraceRecorder) {
        self.recorder = recorder
        translator = ProbeTranslator(scriptName: invocation.scriptName)
    }

    /// The Python version the probe reported; `nil` until the probe has started.
    var pythonVersion: String? { translator.pythonVersion }

    /// What the probe could not trace, each said once.
    var warnings: [String] { translator.warnings }

    mutating func add(_ line: ProbeLine) {
        merger.add(line)
    }

    /// Records the lines old enough that no earlier line can still arrive.
    mutating func pump(now: UInt64, arrived: Bool) {
        if arrived { lastArrival = now }
        let watermark = now > ProbeStreamMerger.hold ? now - ProbeStreamMerger.hold : 0
        record(merger.release(through: watermark))
    }

    /// The sentence naming a deadlock the program has just fallen into, also recorded as a
    /// note; `nil` when there is none, or it was reported already.
    mutating func newDeadlock(now: UInt64) -> ScriptWords? {
        guard merger.isEmpty, now &- lastArrival > Self.quietBeforeDeadlock else { return nil }
        guard let cycle = WaitForGraph(state).deadlock(mayGiveUp: translator.mayGiveUp) else {
            reportedCycle = nil
            return nil
        }
        guard cycle != reportedCycle else { return nil }
        reportedCycle = cycle
        let words = ScriptWords { language in
            DeadlockSentence.make(cycle, in: state, sources: translator.stateSources, language: language)
        }
        append(TraceEvent(time: max(now, lastTime), actor: cycle[0].waiter, kind: .note(words.english)))
        return words
    }

    /// Says that the program's first process ended while others of it still ran.
    mutating func noteLeftovers() {
        guard let root = translator.root else { return }
        append(
            TraceEvent(
                time: max(MonotonicClock.now(), lastTime), actor: root,
                kind: .note("the program ended but some of its processes still ran; Spindle stopped them")))
    }

    /// Records every line still held, then ends every actor the trace leaves running: the
    /// first process with its real status, the threads of a process that exited with it, and
    /// everything else as killed when Spindle stopped the program.
    mutating func finish(rootStatus: Int32?, killed: Bool) {
        record(merger.releaseAll())
        let end = max(MonotonicClock.now(), lastTime)
        let rootStatusText = rootStatus.map(Self.exitStatus)
        for actor in state.actorIDs {
            guard let record = state.actor(actor) else { continue }
            if case .done = record.state { continue }
            let status: ExitStatus
            if let rootStatusText, record.actor.pid == rootPIDValue, !killed || actor == translator.root {
                status = rootStatusText
            } else if killed {
                status = .signalled(SIGKILL)
            } else {
                status = rootStatusText ?? .signalled(SIGKILL)
            }
            append(TraceEvent(time: end, actor: actor, kind: .transition(.done(status))))
        }
    }

    private var rootPIDValue: Int32? {
        translator.root.flatMap { state.actor($0)?.actor.pid }
    }

    private static func exitStatus(_ status: Int32) -> ExitStatus {
        // WIFSIGNALED and WTERMSIG, which Swift does not import because they are macros.
        let signal = status & 0x7f
        if signal != 0 && signal != 0x7f { return .signalled(signal) }
        return .exited((status >> 8) & 0xff)
    }

    private mutating func record(_ lines: [ProbeLine]) {
        for line in lines {
            for event in translator.translate(line) { append(event) }
        }
    }

    /// Records `event` unless the trace is full: past the most events a trace file may hold,
    /// only what keeps the trace whole (declarations, endings) is kept, and a note says so.
    private mutating func append(_ event: TraceEvent) {
        if recorder.count >= TraceLimits.maximumEvents - Self.reserve {
            switch event.kind {
            case .declareActor, .declareResource, .transition(.done): break
            default:
                if !full, let root = translator.root {
                    full = true
                    let note = TraceEvent(
                        time: event.time, actor: root,
                        kind: .note(
                            "the trace is full (\(TraceLimits.maximumEvents) events); later steps are not shown"
                        ))
                    state.apply(note)
                    recorder.record(note)
                }
                return
            }
        }
        lastTime = max(lastTime, event.time)
        state.apply(event)
        recorder.record(event)
    }
}
