import Messages
import TextRendering
import Trace

/// One row per shared resource in use: who holds it and who queues for it, counts, flags and
/// contents. A resource nothing has touched yet is left out: a lock declared but never taken
/// (a run with the lock switched off) would suggest it played a part.
struct ResourcesView: StagePanel {
    let state: TraceState
    /// The resources listed, in declaration order: those some event operated on or waited for.
    let shownIDs: [ResourceID]
    /// Whether the demo is about its resources.
    let emphasized: Bool
    let language: Language

    init(_ scene: StageScene) {
        state = scene.state
        let used = scene.timeline.usedResources
        shownIDs = scene.state.resourceIDs.filter(used.contains)
        emphasized = scene.emphasis.contains(.resources)
        language = scene.language
    }

    /// Heading plus one row per resource, at least two of them; nothing without resources. Their
    /// minimum comes after the panels that tell what happened, since they explain it.
    func rows(width: Int) -> RowRequest {
        let count = shownIDs.count
        guard count > 0 else { return RowRequest(minimum: 0, wanted: 0) }
        return RowRequest(minimum: 1 + min(count, 2), wanted: 1 + count, emphasized: emphasized)
    }

    func draw(in region: Region, on canvas: inout Canvas, geometry: inout StageGeometry) {
        guard region.height > 0, region.width > 0 else { return }
        canvas.heading(text("stage.heading.resources"), in: region)
        let resources = shownIDs
        let rows = region.height - 1
        let shown = resources.count <= rows ? resources.count : max(0, rows - 1)
        let names = resources.map { state.displayName(of: $0, in: language) }
        // Names are what the lesson refers to: up to two fifths of the row before they are cut.
        let nameWidth = min(
            names.prefix(shown).map { ViewText.width($0) }.max() ?? 0, max(8, region.width * 2 / 5))
        for index in 0..<shown {
            let y = region.y + 1 + index
            canvas.put(
                ViewText.fit(names[index], toWidth: nameWidth), x: region.x, y: y,
                style: ViewStyle.name, limit: nameWidth)
            let detailWidth = region.width - nameWidth - 2
            canvas.put(
                describe(resources[index], width: detailWidth), x: region.x + nameWidth + 2, y: y,
                limit: detailWidth)
        }
        if shown < resources.count, rows > 0 {
            canvas.put(
                text("stage.more-not-shown", ["count": "\(resources.count - shown)"]), x: region.x,
                y: region.y + 1 + shown,
                style: ViewStyle.muted, limit: region.width)
        }
    }

    private func describe(_ resource: ResourceID, width: Int) -> [(String, TextStyle)] {
        guard let declared = state.resource(resource) else { return [] }
        var pieces: [(String, TextStyle)]
        switch declared.kind {
        case .lock, .rlock, .condition, .gil:
            pieces = ownership(of: resource)
        case .semaphore:
            let value = state.semaphoreValue(of: resource).map(String.init) ?? "?"
            let bound = declared.capacity.map { "/\($0)" } ?? ""
            pieces = [(text("stage.resource.value", ["value": value + bound]), ViewStyle.item)]
        case .event:
            let flag = text(
                state.isSet(resource).map { $0 ? "stage.resource.set" : "stage.resource.clear" }
                    ?? "stage.resource.unset")
            pieces = [(flag, state.isSet(resource) == true ? ViewStyle.owner : ViewStyle.item)]
        case .queue, .pipe:
            // The items come first; the waiters are on their own lanes too, so they may be cut.
            let reserved = min(ViewText.width(waiterText(of: resource)), 16)
            pieces = contents(of: resource, capacity: declared.capacity, width: max(8, width - reserved))
        case .sharedMemory:
            pieces = [("= " + (state.sharedValue(of: resource).map(String.init) ?? "?"), ViewStyle.item)]
        case .barrier:
            let arrived = "\(state.waiters(of: resource).count)"
            let words =
                declared.capacity.map {
                    text("stage.resource.arrived-of", ["arrived": arrived, "parties": "\($0)"])
                }
                ?? text("stage.resource.arrived", ["arrived": arrived])
            pieces = [(words, ViewStyle.item)]
        }
        let waiters = waiterText(of: resource)
        let room = width - pieces.reduce(0) { $0 + ViewText.width($1.0) }
        if !waiters.isEmpty, room > 0 {
            pieces.append((ViewText.truncate(waiters, toWidth: room), ViewStyle.waiter))
        }
        return pieces
    }

    private func ownership(of resource: ResourceID) -> [(String, TextStyle)] {
        guard let owner = state.owner(of: resource) else {
            return [(text("stage.resource.free"), ViewStyle.owner)]
        }
        let depth = state.depth(of: resource)
        let depthText = depth > 1 ? text("stage.resource.depth", ["depth": "\(depth)"]) : ""
        // Split around the holder, so it stands out wherever the language puts it in the phrase.
        let phrase = OwnerPhrase.of(language)
        let pieces: [(String, TextStyle)] = [
            (phrase.before, .plain), (state.displayName(of: owner) + depthText, ViewStyle.owner),
            (phrase.after, .plain),
        ]
        return pieces.filter { !$0.0.isEmpty }
    }

    /// Waiters in arrival order, which is the order a fair lock would serve them.
    private func waiterText(of resource: ResourceID) -> String {
        let waiters = state.waiters(of: resource)
        guard !waiters.isEmpty else { return "" }
        let separator = Messages.text("trace.list-separator", in: language)
        return text(
            "stage.resource.waiting",
            ["actors": waiters.map { state.displayName(of: $0) }.joined(separator: separator)])
    }

    /// The message `key`, a whole literal so that no frame builds key strings, in the frame's
    /// language.
    private func text(_ key: String, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
        Messages.text(key, arguments, in: language)
    }

    /// `[1 2 3 · ·] 3/5`: items oldest first, free slots as dots, cut with `…` when too long.
    /// Items are whole while the row has room; a long one is cut in its middle, since its end
    /// (`page-8`, `job 12`) is what tells it from the others.
    private func contents(of resource: ResourceID, capacity: Int?, width: Int) -> [(String, TextStyle)] {
        let labels = state.contents(of: resource).map { ViewText.singleLine($0) }
        let count = "\(labels.count)" + (capacity.map { "/\($0)" } ?? "")
        let free = capacity.map { max(0, min($0, 16) - labels.count) } ?? 0
        let budget = width - ViewText.width(count) - 3
        let natural = labels.reduce(0) { $0 + ViewText.width($1) + 1 }
        let itemWidth = natural <= budget - 2 ? Int.max : max(12, budget / max(1, labels.count) - 1)
        let items = labels.map { Self.shorten($0, toWidth: itemWidth) }
        var body = ""
        var shown = 0
        for item in items {
            let piece = (shown == 0 ? "" : " ") + item
            if ViewText.width(body) + ViewText.width(piece) > budget - 2 { break }
            body += piece
            shown += 1
        }
        if shown < items.count { body += (shown == 0 ? "…" : " …") }
        let slots = String(repeating: " ·", count: free)
        let gap = body.isEmpty ? String(slots.dropFirst()) : slots
        return [
            ("[", ViewStyle.muted), (body, ViewStyle.item), (gap, ViewStyle.muted), ("] ", ViewStyle.muted),
            (count, .plain),
        ]
    }

    /// `text` in at most `width` columns, its start and end kept around a `…`.
    private static func shorten(_ text: String, toWidth width: Int) -> String {
        guard ViewText.width(text) > width, width >= 3 else { return text }
        let tail = String(text.suffix((width - 1) * 2 / 3))
        let head = ViewText.truncate(text, toWidth: width - ViewText.width(tail))
        return head + tail
    }
}
