import Messages
import Terminal
import TextRendering
import Trace

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a live or replayed showing ended.
public enum PlayerOutcome: Equatable, Sendable {
    /// The trace ended and the student left with `q` (or holding was off).
    case finished
    /// The student pressed `q` before the end.
    case quit
    /// Ctrl-C: the caller stops the demo; the terminal is already restored.
    case interrupted
    /// SIGTERM or SIGHUP: the caller cleans up and ends; the terminal is already restored.
    case terminated(signal: Int32)
}

/// What to show and how.
public struct PlayerOptions: Sendable {
    /// The title line: the demo or the trace file.
    public var title: String
    /// Follow a running demo (true) or replay a finished trace in trace time (false).
    public var live: Bool
    /// Replay speed; 1 is real time.
    public var speed: Double
    /// Whether to use colour.
    public var color: Bool
    /// Keep the last frame up at the end until `q`, so the student can step back through it.
    public var holdAtEnd: Bool
    /// Start paused before the first event, so the student steps through with the arrow keys.
    public var startPaused: Bool
    /// The views the demo is about, which keep their rows when the terminal is small.
    public var emphasis: [TraceView]
    /// Where `q` leaves to, as the key hint says it: the program, or the tutor it was run from.
    public var leaving: PlayerExit
    /// The language of the stage's words, fixed for the showing so that its narration does not
    /// change language halfway through.
    public var language: Language

    /// Options for a showing titled `title`.
    public init(
        title: String, live: Bool, speed: Double = 1, color: Bool = true, holdAtEnd: Bool = true,
        startPaused: Bool = false, emphasis: [TraceView] = [], leaving: PlayerExit = .program,
        language: Language = CurrentLanguage.value
    ) {
        self.title = title
        self.live = live
        self.speed = speed
        self.color = color
        self.holdAtEnd = holdAtEnd
        self.startPaused = startPaused
        self.emphasis = emphasis
        self.leaving = leaving
        self.language = language
    }
}

/// The live stage: follows a trace source at about 30 frames a second, draws each frame with
/// ``StageView``, and sends only what changed; keys pause, step, change speed and quit.
public enum LivePlayer {
    /// Frame interval: about 30 frames a second, fast enough for motion, light on the terminal.
    static let frameMilliseconds = 33

    /// Shows `source` in the terminal until it ends (and, with `holdAtEnd`, until `q`), the
    /// student quits, or a signal arrives. The terminal is restored before this returns or throws.
    /// Everything sent to the terminal also goes to `recording`, when there is one.
    public static func play(
        _ source: TraceSource, options: PlayerOptions, recording: inout AsciicastRecorder?
    ) throws -> PlayerOutcome {
        let terminal = TerminalSession()
        try terminal.enter()
        defer { terminal.leave() }
        var model = PlaybackModel(
            live: options.live, speed: options.speed, paused: options.startPaused, leaving: options.leaving)
        var picture = StagePicture(language: options.language)
        // Two frames drawn into in turn and one output buffer, reused for the whole showing.
        var frame = FrameBuffer(width: 0, height: 0)
        var previous = FrameBuffer(width: 0, height: 0)
        var screenKnown = false
        var output: [UInt8] = []
        var lastWall = MonotonicClock.now()
        var typed: [UInt8] = []
        while true {
            model.receive(source.poll())
            if source.isFinished { model.sourceFinished = true }
            let signals = terminal.takeSignals()
            if signals.contains(.interrupt) { return .interrupted }
            if signals.contains(.terminate) { return .terminated(signal: SIGTERM) }
            if signals.contains(.hangup) { return .terminated(signal: SIGHUP) }
            if signals.contains(.quit) { return .terminated(signal: SIGQUIT) }
            if signals.contains(.suspend) {
                source.suspendProducer()
                terminal.suspend()
                source.resumeProducer()
                screenKnown = false
                lastWall = MonotonicClock.now()
            }
            if signals.contains(.resize) {
                terminal.refreshSize()
                screenKnown = false
                picture.geometry = StageGeometry()
                recording?.resize(
                    width: terminal.size.width, height: terminal.size.height, at: MonotonicClock.now())
            }
            for key in PlayerKey.parse(typed) { model.handle(key) }
            typed = []
            if model.quitRequested { return model.isAtEnd ? .finished : .quit }
            let wall = MonotonicClock.now()
            _ = model.advance(wallNanoseconds: wall &- lastWall, clock: wall)
            lastWall = wall
            // Keys and time both move what is shown; the timeline follows whichever way it went.
            picture.follow(model)
            compose(&picture, model: model, options: options, size: terminal.size, into: &frame)
            FrameDiff.render(
                from: screenKnown ? previous : nil, to: frame, color: options.color, into: &output)
            if !output.isEmpty { terminal.write(output) }
            // Optional chaining makes the string only when there is a recording.
            recording?.record(output: String(decoding: output, as: UTF8.self), at: wall)
            swap(&previous, &frame)
            screenKnown = true
            if model.isAtEnd && !options.holdAtEnd { return .finished }
            typed = terminal.waitForInput(milliseconds: frameMilliseconds)
        }
    }

    /// The stage above a status line, drawn into `frame`, whose storage is reused.
    static func compose(
        _ picture: inout StagePicture, model: PlaybackModel, options: PlayerOptions,
        size: (width: Int, height: Int), into frame: inout FrameBuffer
    ) {
        frame.reset(width: size.width, height: size.height)
        StageView.draw(
            timeline: picture.timeline, at: model.playhead, rows: size.height - 1, color: options.color,
            title: options.title, scale: .fit, emphasis: options.emphasis, language: options.language,
            geometry: &picture.geometry, on: &frame)
        let statusStyle = TextStyle(inverse: true)
        frame.fill(" ", x: 0, y: size.height - 1, count: size.width, style: statusStyle)
        frame.put(
            model.statusLine(width: size.width, language: options.language), x: 0, y: size.height - 1,
            style: statusStyle)
    }
}
