import Trace

/// The whole stage as one frame: title, lanes with a legend, shared resources, the process
/// tree, the demo's results and the latest narration, fitted to the terminal's size.
///
/// Pure: the same timeline, time and size always give the same frame, so the animation
/// loop owns the clock and tests can compare frames exactly.
public enum StageView {
    /// Below this width the process tree stacks under the resources instead of beside them.
    static let sideBySideWidth = 120

    /// Draws `timeline` as it stands at `time` (``MonotonicClock`` nanoseconds; normally the
    /// latest event or later) into a frame of `size`.
    ///
    /// - Parameters:
    ///   - title: the demo's or trace's name, shown on the first row.
    ///   - scale: how much time one timeline column stands for.
    ///   - color: whether cells carry styles; without colour, glyphs and words still tell every state apart.
    public static func render(
        timeline: Timeline, at time: UInt64, size: (width: Int, height: Int), color: Bool,
        title: String = "", scale: TimeScale = .fit, emphasis: [TraceView] = []
    ) -> FrameBuffer {
        var geometry = StageGeometry()
        return render(timeline: timeline, at: time, size: size, color: color, title: title, scale: scale,
                      emphasis: emphasis, geometry: &geometry)
    }

    /// Draws a frame of a run, with lane measures no smaller than `geometry`'s, which keeps the
    /// ones used so that the next frame's time axis stays where this one's was.
    ///
    /// - Parameter emphasis: the views the demo is about; they get their rows before the lanes grow.
    public static func render(
        timeline: Timeline, at time: UInt64, size: (width: Int, height: Int), color: Bool,
        title: String = "", scale: TimeScale = .fit, emphasis: [TraceView] = [], geometry: inout StageGeometry
    ) -> FrameBuffer {
        var canvas = Canvas(width: size.width, height: size.height, color: color)
        guard canvas.frame.width > 0, canvas.frame.height > 0 else { return canvas.frame }
        let width = canvas.frame.width
        drawTitle(title, elapsed: time - min(time, timeline.origin ?? time), width: width, on: &canvas)

        let state = timeline.state
        let lanes = LanesView(timeline: timeline, now: time, scale: scale)
        let resources = ResourcesView(state: state, used: timeline.usedResources)
        let treeView = ProcessTreeView(state: state, now: time)
        let treeRows = treeView.rows
        let results = ResultsView(state: state, width: width)
        let narration = NarrationView(timeline: timeline, now: time)
        let narrationEntries = narration.recent(canvas.frame.height / 3).count
        let narrationWanted = narration.wantedRows(entries: narrationEntries, width: width)
        let actorCount = state.actorIDs.count
        let resourceCount = resources.shownIDs.count

        let treeWanted = treeRows.isEmpty ? 0 : 1 + treeRows.count
        let sideBySide = width >= sideBySideWidth && treeWanted > 0 && resources.wantedRows > 0
        let band = sideBySide ? max(resources.wantedRows, treeWanted) : resources.wantedRows
        let layout = StageLayout(
            rows: canvas.frame.height - 1,
            lanes: .init(wanted: lanes.wantedRows, minimum: LanesView.chromeRows + min(actorCount, 3)),
            resources: .init(wanted: band, minimum: resourceCount == 0 ? 0 : 1 + min(resourceCount, 2)),
            tree: .init(wanted: sideBySide ? 0 : treeWanted, minimum: 0),
            results: .init(wanted: results.wantedRows, minimum: results.wantedRows),
            narration: .init(wanted: narrationWanted, minimum: min(narrationWanted, 4)),
            emphasis: Set(emphasis))

        var y = 1
        func next(_ rows: Int, x: Int = 0, width: Int = width) -> Region {
            defer { y += rows }
            return Region(x: x, y: y, width: width, height: rows)
        }
        lanes.draw(in: next(layout.lanes), geometry: &geometry, on: &canvas)
        if sideBySide {
            let left = (width - 2) * 11 / 20
            let bandRegion = Region(x: 0, y: y, width: left, height: layout.resources)
            resources.draw(in: bandRegion, on: &canvas)
            let right = Region(x: left + 2, y: y, width: width - left - 2, height: layout.resources)
            treeView.draw(rows: treeRows, in: right, on: &canvas)
            y += layout.resources
        } else {
            resources.draw(in: next(layout.resources), on: &canvas)
            treeView.draw(rows: treeRows, in: next(layout.tree), on: &canvas)
        }
        results.draw(in: next(layout.results), on: &canvas)
        narration.draw(in: next(layout.narration), on: &canvas)
        return canvas.frame
    }

    private static func drawTitle(_ title: String, elapsed: UInt64, width: Int, on canvas: inout Canvas) {
        let name = ViewText.singleLine(title)
        let clock = "t = " + DurationText.format(nanoseconds: elapsed)
        let clockWidth = ViewText.width(clock)
        let room = width - clockWidth - 2
        let heading = name.isEmpty ? "Spindle" : "Spindle · " + name
        if room >= 12 {
            canvas.put(ViewText.truncate(heading, toWidth: room), x: 0, y: 0,
                       style: ViewStyle.title, limit: room)
            canvas.put(clock, x: width - clockWidth, y: 0, style: ViewStyle.muted, limit: clockWidth)
        } else {
            canvas.put(ViewText.truncate(heading, toWidth: width), x: 0, y: 0,
                       style: ViewStyle.title, limit: width)
        }
    }
}
