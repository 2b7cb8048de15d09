import Messages
import TextRendering
import Trace

/// One row per actor: its name, its states over the visible window, and what it is doing now.
struct LanesView: StagePanel {
    let timeline: Timeline
    let state: TraceState
    let now: UInt64
    let scale: TimeScale
    let language: Language

    /// Heading and legend around the lanes.
    static let chromeRows = 2

    init(_ scene: StageScene) {
        timeline = scene.timeline
        state = scene.state
        now = scene.now
        scale = scene.scale
        language = scene.language
    }

    /// Every lane, or at least three before any other panel's minimum: the lanes are the stage's
    /// backbone, the first to grow unless the demo is about another panel, so they take no emphasis.
    func rows(width: Int) -> RowRequest {
        let actors = state.actorIDs.count
        return RowRequest(
            minimum: Self.chromeRows + min(actors, 3), wanted: Self.chromeRows + actors,
            essential: true)
    }

    /// Draws into `region`, with measures no smaller than `geometry`'s, which keeps the ones used;
    /// when lanes do not all fit, the last row says how many are hidden.
    func draw(in region: Region, on canvas: inout Canvas, geometry: inout StageGeometry) {
        guard region.height > 0, region.width > 0 else { return }
        let actors = state.actorIDs
        let labels = actors.map { state.laneLabel(of: $0) }
        let words = actors.map { StateWords.describe($0, in: state, now: now, language: language) }
        let columns = LaneColumns(width: region.width, labels: labels, words: words, geometry: &geometry)
        let window = scale.window(
            origin: timeline.origin ?? now, now: now, columns: columns.timeline,
            through: geometry.knownEnd, atLeast: geometry.slice)
        geometry.slice = window.slice
        canvas.heading(
            Messages.text("stage.heading.lanes", in: language),
            detail: "  "
                + Messages.text(
                    "stage.heading.lanes-detail", ["slice": TimeText.slice(window.slice)], in: language),
            in: region)
        let laneRows = max(0, region.height - Self.chromeRows)
        let shown = actors.count <= laneRows ? actors.count : max(0, laneRows - 1)
        for index in 0..<shown {
            let lane = Lane(actor: actors[index], words: words[index])
            drawLane(
                lane, y: region.y + 1 + index, x: region.x, columns: columns, window: window, on: &canvas)
        }
        if shown < actors.count, laneRows > 0 {
            canvas.put(
                Messages.text("stage.more-not-shown", ["count": "\(actors.count - shown)"], in: language),
                x: region.x, y: region.y + 1 + shown,
                style: ViewStyle.muted, limit: region.width)
        }
        if region.height > 1 {
            drawLegend(
                x: region.x, y: region.y + 1 + min(laneRows, actors.count), width: region.width,
                on: &canvas)
        }
    }

    private struct Lane {
        let actor: ActorID
        let words: String
    }

    private func drawLane(
        _ lane: Lane, y: Int, x: Int, columns: LaneColumns, window: (start: UInt64, slice: UInt64),
        on canvas: inout Canvas
    ) {
        let label = ViewText.fit(
            state.laneLabel(of: lane.actor, fitting: columns.name),
            toWidth: columns.name)
        canvas.put(label, x: x, y: y, style: ViewStyle.name, limit: columns.name)
        canvas.fill("│", x: x + columns.name, y: y, count: 1, style: ViewStyle.rule)
        let cells = timeline.history(of: lane.actor).columns(
            from: window.start, slice: window.slice, count: columns.timeline, now: now)
        // One fill per run of equal columns: lanes are mostly long runs, and cells are not free to make.
        var runStart = 0
        for offset in 1..<(cells.count + 1) where offset == cells.count || cells[offset] != cells[runStart] {
            if let shown = cells[runStart] {
                canvas.fill(shown.cell, x: x + columns.name + 1 + runStart, y: y, count: offset - runStart)
            }
            runStart = offset
        }
        let wordsX = x + columns.name + 1 + columns.timeline
        canvas.fill("│", x: wordsX, y: y, count: 1, style: ViewStyle.rule)
        let current = state.state(of: lane.actor).map(LaneState.init) ?? .new
        canvas.put(
            ViewText.truncate(lane.words, toWidth: columns.words), x: wordsX + 2, y: y,
            style: current.style, limit: columns.words)
    }

    private func drawLegend(x: Int, y: Int, width: Int, on canvas: inout Canvas) {
        let legend = LaneLegend.of(language)
        let entries = zip(LaneState.allCases, legend.labels).map { (String($0.glyph), " " + $1) }
        let natural = entries.reduce(ViewText.width(legend.key)) { $0 + 2 + ViewText.width($1.1) + 2 }
        // Tight spacing rather than a lost entry: an unexplained glyph is worse than a cramped line.
        let gap = natural <= width ? "  " : " "
        var pieces: [(String, TextStyle)] = [(legend.key, ViewStyle.muted)]
        for (state, entry) in zip(LaneState.allCases, entries) {
            pieces.append((entry.0, state.style))
            pieces.append((entry.1 + gap, .plain))
        }
        canvas.put(pieces, x: x, y: y, limit: width)
    }
}

/// How a lane row splits its width: name, `│`, timeline, `│ `, current state in words.
struct LaneColumns {
    let name: Int
    let timeline: Int
    let words: Int

    /// Names and words get what they need up to a share of the width, and never less than
    /// `geometry` kept from earlier frames; the timeline gets the rest. Words grow in steps.
    init(width: Int, labels: [String], words: [String], geometry: inout StageGeometry) {
        geometry.measure(for: width)
        let longestLabel = labels.map { ViewText.width($0) }.max() ?? 0
        let longestWords = words.map { ViewText.width($0) }.max() ?? 0
        let step = StageGeometry.wordsStep
        let wordsLimit = min(max(12, width * 45 / 100), 60)
        let wantedWords = min((max(longestWords, 12) + step - 1) / step * step, wordsLimit)
        self.words = max(wantedWords, geometry.words)
        // A name is what ties a lane to the narration and the tree: it may take up to a third of
        // the row while the timeline keeps at least a quarter.
        let nameLimit = max(6, min(width / 3, width - self.words - 3 - width / 4))
        name = max(min(max(longestLabel, 6), nameLimit), geometry.name)
        timeline = max(1, width - name - self.words - 3)
        geometry.name = name
        geometry.words = self.words
    }
}
