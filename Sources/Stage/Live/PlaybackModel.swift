import Messages
import TextRendering
import Trace

/// The player's state and its update step, free of terminals and clocks so that tests can drive
/// it: which events are shown, where the playhead is, the speed, and whether it is paused.
///
/// Time on screen ("trace time") follows wall time times the speed while playing. Live, every
/// event is shown as soon as it arrives, so bursts are aggregated into the next frame rather than
/// queued behind it, and the playhead follows the clock between events, so that a sleeper's
/// "wakes in" counts down. Stepping pauses and moves by exactly one event.
public struct PlaybackModel: Sendable {
    /// Every event known so far, in recorder order.
    public private(set) var events: [TraceEvent] = []
    /// How many of them are on screen.
    public private(set) var shown = 0
    /// The trace time the frame shows.
    public private(set) var playhead: UInt64 = 0
    /// Playback speed; 1 is real time.
    public private(set) var speed: Double
    /// Whether time stands still.
    public private(set) var paused = false
    /// Whether the playhead follows the newest event (a demo running now).
    public let live: Bool
    /// Set when the student asked to stop.
    public private(set) var quitRequested = false
    /// Whether no more events will come.
    public var sourceFinished = false
    /// Where `q` leaves to, for the key hints.
    public let leaving: PlayerExit

    /// The replay speeds a user may ask for, as factors of real time: every command line,
    /// REPL command and help text that names the range reads it from here.
    public static let speedRange: ClosedRange<Double> = 0.0625...64

    /// The range in words, `0.0625 to 64`, for help and error messages.
    public static var speedRangeText: String {
        "\(speedRange.lowerBound) to \(Int(speedRange.upperBound))"
    }

    /// The speeds `+` and `-` move between: each power of two in ``speedRange``.
    static let speeds: [Double] = {
        var speeds = [speedRange.lowerBound]
        while speeds.last! * 2 <= speedRange.upperBound { speeds.append(speeds.last! * 2) }
        return speeds
    }()

    /// A model for a live run or a replay at `speed`; `paused` starts it paused at the first
    /// event, for stepping through a trace.
    public init(live: Bool, speed: Double = 1, paused: Bool = false, leaving: PlayerExit = .program) {
        self.live = live
        self.leaving = leaving
        self.speed = max(Self.speeds.first!, min(Self.speeds.last!, speed))
        self.paused = paused
    }

    /// Adds events that arrived (live) or were loaded (replay).
    public mutating func receive(_ new: [TraceEvent]) {
        if events.isEmpty, let first = new.first { playhead = first.time }
        events.append(contentsOf: new)
    }

    /// Whether everything is on screen and nothing more will come.
    public var isAtEnd: Bool { sourceFinished && shown == events.count }

    /// Moves time on by `wallNanoseconds` of real time; live, to `clock` (``MonotonicClock``
    /// nanoseconds, the clock events are stamped with), so that after a pause the stage is at the
    /// present again. Returns the events that came on screen.
    public mutating func advance(wallNanoseconds: UInt64, clock: UInt64 = 0) -> ArraySlice<TraceEvent> {
        guard !paused else { return [] }
        let start = shown
        if live {
            shown = events.count
            // Real time passes on screen until the run ends; then the last event closes it.
            if !sourceFinished, !events.isEmpty { playhead = max(playhead, clock) }
            if let last = events.last { playhead = max(playhead, last.time) }
        } else {
            playhead &+= UInt64(Double(wallNanoseconds) * speed)
            while shown < events.count, events[shown].time <= playhead { shown += 1 }
            if shown == events.count, let last = events.last { playhead = min(playhead, last.time) }
        }
        return events[start..<shown]
    }

    /// What a key does. The player's picture follows ``shown`` whichever way it moved.
    public mutating func handle(_ key: PlayerKey) {
        switch key {
        case .togglePause:
            paused.toggle()
        case .faster:
            speed = Self.speeds.first { $0 > speed } ?? speed
        case .slower:
            speed = Self.speeds.last { $0 < speed } ?? speed
        case .quit:
            quitRequested = true
        case .stepForward:
            paused = true
            guard shown < events.count else { return }
            playhead = events[shown].time
            shown += 1
        case .stepBack:
            paused = true
            guard shown > 0 else { return }
            shown -= 1
            playhead = shown > 0 ? events[shown - 1].time : (events.first?.time ?? 0)
        }
    }

    /// The status line: what is playing and which keys do what, in the longest wording that
    /// fits, so that at least `q` stays visible on a small terminal.
    public func statusLine(width: Int, language: Language = CurrentLanguage.value) -> String {
        // Whole literal keys: the status line is drawn on every frame.
        func text(_ key: String, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
            Messages.text(key, arguments, in: language)
        }
        let state = text(
            paused
                ? "stage.status.paused"
                : (isAtEnd ? "stage.status.finished" : (live ? "stage.status.live" : "stage.status.playing")))
        let speedText = speed >= 1 ? "\(Int(speed))x" : "1/\(Int((1 / speed).rounded()))x"
        let origin = events.first?.time ?? 0
        let seconds = (Double(playhead &- origin) / 1e6).rounded() / 1000
        let quit = text(leaving.hintKey)
        let arguments: KeyValuePairs<String, String> = [
            "state": state, "speed": speedText, "shown": "\(shown)", "total": "\(events.count)",
            "seconds": "\(seconds) s",
        ]
        let facts = [
            " " + text("stage.status.facts", arguments), " " + text("stage.status.facts-short", arguments),
        ]
        let keys = [
            text("stage.status.keys", ["quit": quit]) + " ",
            text("stage.status.keys-short", ["quit": quit]) + " ",
            text("stage.status.keys-shortest", ["quit": quit]) + " ",
            "\(quit) ",
        ]
        for keyText in keys {
            for factText in facts {
                let gap = width - DisplayWidth.of(factText) - DisplayWidth.of(keyText)
                if gap >= 2 { return factText + String(repeating: " ", count: gap) + keyText }
            }
        }
        return facts[1]
    }
}

/// Where the student goes when leaving the stage with `q`.
public enum PlayerExit: Sendable, Equatable {
    /// The command ends.
    case program
    /// Back to the tutor's prompt, which stays open.
    case tutor

    /// The message key of the hint for `q`.
    var hintKey: String {
        switch self {
        case .program: "stage.status.quit-program"
        case .tutor: "stage.status.quit-tutor"
        }
    }
}
