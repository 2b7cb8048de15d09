import Messages
import TextRendering
import Trace

/// The latest events as sentences, oldest at the top so the newest sits next to the bottom edge.
/// A sentence too long for the row goes on under itself rather than being cut: it is often the
/// one the lesson is about.
struct NarrationView: StagePanel {
    let timeline: Timeline
    let now: UInt64
    let language: Language
    /// The most entries it asks room for: a third of the frame, so that it never crowds out the rest.
    let entryLimit: Int
    /// Whether the demo is about what happened.
    let emphasized: Bool

    /// Rows one sentence may take; a longer one is cut on its last row.
    static let maximumRowsPerEntry = 3

    init(_ scene: StageScene) {
        timeline = scene.timeline
        now = scene.now
        language = scene.language
        entryLimit = scene.height / 3
        emphasized = scene.emphasis.contains(.narration)
    }

    /// The heading and the latest entries; at least four rows of them come before the resources'
    /// minimum, but the narration grows last, filling what the others leave.
    func rows(width: Int) -> RowRequest {
        let entries = recent(entryLimit)
        let layout = Layout(entries: entries, width: width)
        let wanted = 1 + entries.reduce(0) { $0 + layout.sentenceRows($1.line).count }
        return RowRequest(minimum: min(wanted, 4), wanted: wanted, essential: true, emphasized: emphasized)
    }

    /// The last `count` entries that happened by `now`, in order.
    func recent(_ count: Int) -> ArraySlice<Timeline.Entry> {
        let narration = timeline.narration
        var end = narration.endIndex
        // Entries are appended in time order apart from small cross-thread races, so scanning
        // back from the end stops almost at once.
        while end > narration.startIndex, narration[end - 1].time > now { end -= 1 }
        return narration[max(narration.startIndex, end - max(0, count))..<end]
    }

    func draw(in region: Region, on canvas: inout Canvas, geometry: inout StageGeometry) {
        guard region.height > 0, region.width > 0 else { return }
        canvas.heading(
            Messages.text("stage.heading.narration", in: language),
            detail: "  " + Messages.text("stage.heading.narration-detail", in: language), in: region)
        let available = region.height - 1
        let entries = recent(available)
        let layout = Layout(entries: entries, width: region.width)
        // Newest first, until the rows run out; then drawn oldest first.
        var blocks: [(line: NarrationLine, rows: [String])] = []
        var used = 0
        for entry in entries.reversed() {
            let rows = layout.sentenceRows(entry.line)
            // A sentence is shown whole or not at all: its tail alone would not say who did what.
            guard used + rows.count <= available else { break }
            blocks.append((entry.line, rows))
            used += rows.count
        }
        // With room for less than the newest sentence, its start is still better than nothing.
        if blocks.isEmpty, available > 0, let newest = entries.last {
            blocks = [(newest.line, Array(layout.sentenceRows(newest.line).prefix(available)))]
        }
        var y = region.y + 1
        for block in blocks.reversed() {
            for (index, row) in block.rows.enumerated() {
                let prefix: [(String, TextStyle)] =
                    index == 0
                    ? [
                        (layout.time(block.line), ViewStyle.muted), ("  ", .plain),
                        (layout.actor(block.line), ViewStyle.name), ("  ", .plain),
                    ]
                    : [(String(repeating: " ", count: layout.sentenceX), .plain)]
                canvas.put(prefix + [(row, .plain)], x: region.x, y: y, limit: region.width)
                y += 1
            }
        }
    }

    /// Columns of the narration: time, actor, and the sentence wrapped to what is left.
    private struct Layout {
        let actorWidth: Int
        let sentenceX: Int
        let sentenceWidth: Int

        init(entries: ArraySlice<Timeline.Entry>, width: Int) {
            actorWidth = min(
                entries.map { ViewText.width(ViewText.singleLine($0.line.actor)) }.max() ?? 0, 16)
            sentenceX = NarrationLine.timeWidth + 2 + actorWidth + 2
            sentenceWidth = width - sentenceX
        }

        func time(_ line: NarrationLine) -> String {
            ViewText.pad(line.time, toWidth: NarrationLine.timeWidth)
        }

        func actor(_ line: NarrationLine) -> String {
            ViewText.fit(ViewText.singleLine(line.actor), toWidth: actorWidth)
        }

        /// The sentence in rows of the sentence column, at most ``maximumRowsPerEntry``.
        func sentenceRows(_ line: NarrationLine) -> [String] {
            // Leading spaces (a note indented as if under the previous one) would break the column.
            let sentence = String(ViewText.singleLine(line.sentence).drop { $0 == " " })
            // Too narrow to wrap usefully: one row, cut by the canvas.
            guard sentenceWidth >= 12, ViewText.width(sentence) > sentenceWidth else { return [sentence] }
            let wrapped = TextWrapper.wrap([StyledRun(sentence)], width: sentenceWidth)
                .map { $0.runs.map(\.text).joined() }
            guard wrapped.count > NarrationView.maximumRowsPerEntry else { return wrapped }
            var rows = Array(wrapped.prefix(NarrationView.maximumRowsPerEntry))
            rows[rows.count - 1] = ViewText.truncate(rows[rows.count - 1] + " …", toWidth: sentenceWidth)
            return rows
        }
    }
}
