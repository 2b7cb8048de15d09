import Messages
import Trace

/// What the player keeps from frame to frame: the timeline of the events on screen, and the
/// lane measures that must not jump while a run plays.
struct StagePicture {
    /// The events `0..<included` of the model, folded in.
    private(set) var timeline: Timeline
    private var included = 0
    /// The language the timeline narrates in.
    private let language: Language
    /// Lane widths and time scale, grown as the run needs and kept until the terminal is resized.
    var geometry = StageGeometry()

    /// An empty picture narrating in `language`.
    init(language: Language = CurrentLanguage.value) {
        self.language = language
        timeline = Timeline(language: language)
    }

    /// Brings the timeline to the events the model shows: appends what came on screen, and
    /// starts again from the first event when the model stepped back.
    mutating func follow(_ model: PlaybackModel) {
        if model.shown < included {
            timeline = Timeline(language: language)
            included = 0
        }
        if model.shown > included {
            timeline.append(Array(model.events[included..<model.shown]))
            included = model.shown
        }
        // A loaded trace is known to its end: its final time scale can be chosen at the start.
        if model.sourceFinished, let last = model.events.last {
            geometry.knownEnd = max(geometry.knownEnd ?? 0, last.time)
        }
    }
}
