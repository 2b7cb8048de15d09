import Messages
import Trace

/// The whole stage as one frame: title, lanes with a legend, shared resources, the process
/// tree, the demo's results and the latest narration, fitted to the terminal's size.
///
/// Pure: the same timeline, time and size always give the same frame, so the animation
/// loop owns the clock and tests can compare frames exactly.
public enum StageView {
    /// Draws `timeline` as it stands at `time` (``MonotonicClock`` nanoseconds; normally the
    /// latest event or later) into a frame of `size`.
    ///
    /// - Parameters:
    ///   - title: the demo's or trace's name, shown on the first row.
    ///   - scale: how much time one timeline column stands for.
    ///   - color: whether cells carry styles; without colour, glyphs and words still tell every state apart.
    public static func render(
        timeline: Timeline, at time: UInt64, size: (width: Int, height: Int), color: Bool,
        title: String = "", scale: TimeScale = .fit, emphasis: [TraceView] = [],
        language: Language = CurrentLanguage.value
    ) -> FrameBuffer {
        var geometry = StageGeometry()
        return render(
            timeline: timeline, at: time, size: size, color: color, title: title, scale: scale,
            emphasis: emphasis, language: language, geometry: &geometry)
    }

    /// Draws a frame of a run, with lane measures no smaller than `geometry`'s, which keeps the
    /// ones used so that the next frame's time axis stays where this one's was.
    ///
    /// - Parameters:
    ///   - emphasis: the views the demo is about; they get their rows before the lanes grow.
    ///   - language: the language of the headings, the key and the states' words.
    public static func render(
        timeline: Timeline, at time: UInt64, size: (width: Int, height: Int), color: Bool,
        title: String = "", scale: TimeScale = .fit, emphasis: [TraceView] = [],
        language: Language = CurrentLanguage.value, geometry: inout StageGeometry
    ) -> FrameBuffer {
        var frame = FrameBuffer(width: 0, height: 0)
        render(
            timeline: timeline, at: time, size: size, color: color, title: title, scale: scale,
            emphasis: emphasis, language: language, geometry: &geometry, into: &frame)
        return frame
    }

    /// Draws a frame of a run into `frame`, which is made blank and `size` first; its storage is
    /// reused, so a player drawing 30 frames a second allocates no grid for them.
    public static func render(
        timeline: Timeline, at time: UInt64, size: (width: Int, height: Int), color: Bool,
        title: String = "", scale: TimeScale = .fit, emphasis: [TraceView] = [],
        language: Language = CurrentLanguage.value, geometry: inout StageGeometry,
        into frame: inout FrameBuffer
    ) {
        frame.reset(width: size.width, height: size.height)
        draw(
            timeline: timeline, at: time, rows: frame.height, color: color, title: title, scale: scale,
            emphasis: emphasis, language: language, geometry: &geometry, on: &frame)
    }

    /// Draws into the top `rows` rows of `frame`, which are blank.
    static func draw(
        timeline: Timeline, at time: UInt64, rows: Int, color: Bool, title: String, scale: TimeScale,
        emphasis: [TraceView], language: Language, geometry: inout StageGeometry,
        on frame: inout FrameBuffer
    ) {
        var canvas = Canvas(taking: &frame, rows: rows, color: color)
        defer { canvas.finish(into: &frame) }
        guard canvas.frame.width > 0, canvas.rows > 0 else { return }
        let width = canvas.frame.width
        drawTitle(title, elapsed: time - min(time, timeline.origin ?? time), width: width, on: &canvas)

        let scene = StageScene(
            timeline: timeline, state: timeline.state, now: time, scale: scale,
            height: canvas.rows, emphasis: Set(emphasis), language: language)
        let area = Region(x: 0, y: 1, width: width, height: canvas.rows - 1)
        for (panel, region) in StageLayout(StageLayout.bands(of: scene), in: area).placements {
            panel.draw(in: region, on: &canvas, geometry: &geometry)
        }
    }

    private static func drawTitle(_ title: String, elapsed: UInt64, width: Int, on canvas: inout Canvas) {
        let name = ViewText.singleLine(title)
        let clock = "t = " + DurationText.format(nanoseconds: elapsed)
        let clockWidth = ViewText.width(clock)
        let room = width - clockWidth - 2
        let heading = name.isEmpty ? "Spindle" : "Spindle · " + name
        if room >= 12 {
            canvas.put(
                ViewText.truncate(heading, toWidth: room), x: 0, y: 0,
                style: ViewStyle.title, limit: room)
            canvas.put(clock, x: width - clockWidth, y: 0, style: ViewStyle.muted, limit: clockWidth)
        } else {
            canvas.put(
                ViewText.truncate(heading, toWidth: width), x: 0, y: 0,
                style: ViewStyle.title, limit: width)
        }
    }
}
