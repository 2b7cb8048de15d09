import TextRendering
import Trace

@testable import Stage

/// One character per cell describing its style, so a coloured frame can be compared as text:
/// `.` plain, a letter per colour (`r`ed, `g`reen, `y`ellow, `b`lue, `m`agenta, `c`yan, gray `k`),
/// upper case when bold, `B` bold without colour. Continuations are skipped like in `plainLines`.
func styleLines(_ frame: FrameBuffer) -> [String] {
    (0..<frame.height).map { row in
        var line = ""
        for column in 0..<frame.width where !frame[column, row].isContinuation {
            line.append(styleCode(frame[column, row].style))
        }
        while line.last == "." { line.removeLast() }
        return line
    }
}

private func styleCode(_ style: TextStyle) -> Character {
    let letter: Character =
        switch style.foreground {
        case .red: "r"
        case .green: "g"
        case .yellow: "y"
        case .blue: "b"
        case .magenta: "m"
        case .cyan: "c"
        case .gray: "k"
        case nil: style.bold ? "B" : "."
        }
    return style.bold ? Character(letter.uppercased()) : letter
}

/// Renders `events` as one frame at `now` (default: the last event's time).
func renderStage(_ events: [TraceEvent], width: Int, height: Int, now: UInt64? = nil, color: Bool = false)
    -> FrameBuffer
{
    var timeline = Timeline()
    timeline.append(events)
    return StageView.render(
        timeline: timeline, at: now ?? timeline.latest, size: (width, height), color: color,
        title: "test")
}

extension LivePlayer {
    /// The player's frame in a buffer of its own, for tests that look at single frames.
    static func compose(
        _ picture: inout StagePicture, model: PlaybackModel, options: PlayerOptions,
        size: (width: Int, height: Int)
    ) -> FrameBuffer {
        var frame = FrameBuffer(width: 0, height: 0)
        compose(&picture, model: model, options: options, size: size, into: &frame)
        return frame
    }
}
