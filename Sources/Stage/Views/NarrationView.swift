import Trace

/// The latest events as sentences, oldest at the top so the newest sits next to the bottom edge.
struct NarrationView {
    let timeline: Timeline
    let now: UInt64

    /// The last `count` entries that happened by `now`, in order.
    func recent(_ count: Int) -> ArraySlice<Timeline.Entry> {
        let narration = timeline.narration
        var end = narration.endIndex
        // Entries are appended in time order apart from small cross-thread races, so scanning
        // back from the end stops almost at once.
        while end > narration.startIndex, narration[end - 1].time > now { end -= 1 }
        return narration[max(narration.startIndex, end - max(0, count))..<end]
    }

    func draw(in region: Region, on canvas: inout Canvas) {
        guard region.height > 0, region.width > 0 else { return }
        canvas.heading("What happened", detail: "  (time since start)", in: region)
        let entries = recent(region.height - 1)
        let actorWidth = min(entries.map { ViewText.width(ViewText.singleLine($0.line.actor)) }.max() ?? 0, 16)
        for (index, entry) in entries.enumerated() {
            let line = entry.line
            let time = DisplayWidth.pad(line.time, toWidth: NarrationLine.timeWidth, alignment: .right)
            let actor = ViewText.fit(ViewText.singleLine(line.actor), toWidth: actorWidth)
            canvas.put([(time, ViewStyle.muted), ("  ", .plain), (actor, ViewStyle.name), ("  ", .plain),
                        (ViewText.singleLine(line.sentence), .plain)],
                       x: region.x, y: region.y + 1 + index, limit: region.width)
        }
    }
}
