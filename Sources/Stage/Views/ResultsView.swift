import Trace

/// The demo's counters on one row, `name = value`, the latest value per name.
struct ResultsView {
    let state: TraceState

    var wantedRows: Int { state.results.isEmpty ? 0 : 1 }

    func draw(in region: Region, on canvas: inout Canvas) {
        guard region.height > 0, !state.results.isEmpty else { return }
        var order: [String] = []
        var values: [String: String] = [:]
        for result in state.results {
            if values[result.name] == nil { order.append(result.name) }
            values[result.name] = result.value
        }
        var pieces: [(String, TextStyle)] = [("Results  ", ViewStyle.heading)]
        for (index, name) in order.enumerated() {
            let text = ViewText.singleLine("\(name) = \(values[name] ?? "")")
            pieces.append((index == 0 ? text : "   " + text, ViewStyle.result))
        }
        canvas.put(pieces, x: region.x, y: region.y, limit: region.width)
    }
}
