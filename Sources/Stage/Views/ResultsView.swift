import Messages
import TextRendering
import Trace

/// The demo's counters, `name = value`, the latest value per name, wrapped onto as many rows
/// as the width needs so that no result is cut off: they are what the student's prediction is
/// graded on.
struct ResultsView: StagePanel {
    let state: TraceState
    /// The heading and the two spaces after it.
    private let heading: String

    init(_ scene: StageScene) {
        state = scene.state
        heading =
            state.results.isEmpty ? "" : Messages.text("stage.heading.results", in: scene.language) + "  "
    }

    /// Every row, before any other panel's minimum but the lanes': the results are what the
    /// student's prediction is graded on.
    func rows(width: Int) -> RowRequest {
        let count = lines(width: width).count
        return RowRequest(minimum: count, wanted: count, essential: true)
    }

    func draw(in region: Region, on canvas: inout Canvas, geometry: inout StageGeometry) {
        guard region.height > 0 else { return }
        for (offset, row) in lines(width: region.width).prefix(region.height).enumerated() {
            canvas.put(row, x: region.x, y: region.y + offset, limit: region.width)
        }
    }

    /// The rows drawn: the heading, then each `name = value` where it fits, a new row when it does not.
    private func lines(width: Int) -> [[(String, TextStyle)]] {
        guard !state.results.isEmpty else { return [] }
        var order: [String] = []
        var values: [String: String] = [:]
        for result in state.results {
            if values[result.name] == nil { order.append(result.name) }
            values[result.name] = result.value
        }
        let indent = String(repeating: " ", count: ViewText.width(heading))
        var rows: [[(String, TextStyle)]] = [[(heading, ViewStyle.heading)]]
        var used = ViewText.width(heading)
        var rowHasResult = false
        for name in order {
            let text = ViewText.singleLine("\(name) = \(values[name] ?? "")")
            let separator = rowHasResult ? "   " : ""
            if rowHasResult, used + ViewText.width(separator + text) > width {
                rows.append([(indent, ViewStyle.heading)])
                used = ViewText.width(indent)
                rowHasResult = false
            }
            let piece = (rowHasResult ? "   " : "") + text
            rows[rows.count - 1].append((piece, ViewStyle.result))
            used += ViewText.width(piece)
            rowHasResult = true
        }
        return rows
    }
}
