import Trace

/// Turns a Spindle trace into Trace Event Format entries: one slice per state
/// interval and one instant per operation, result or note.
struct ChromeTraceBuilder {
    private struct OpenSlice {
        var name: String
        var start: UInt64
        var args: [(key: String, value: JSONValue)]
    }

    let labels: TraceLabels
    let tracks: ChromeTracks
    /// The earliest time in the trace rather than the first event's, so a trace
    /// appended slightly out of order from many threads never yields a negative `ts`.
    private let origin: UInt64
    private let end: UInt64
    /// The world as of the event being added, for details such as who holds a lock.
    private(set) var state = TraceState()
    private var open: [ActorID: OpenSlice] = [:]
    /// Each entry rendered as soon as it is complete: one string holds it in a fraction of the
    /// memory its parts take, which matters for a million of them.
    private var entries: [(time: UInt64, json: String)] = []
    /// Every result reported, oldest first; a repeated name leaves a hole where it was.
    private var reported: [(key: String, value: JSONValue)?] = []
    private var resultIndex: [String: Int] = [:]

    /// Results by name, in the order reported; a repeated name keeps its last value, where it was last reported.
    var results: [(key: String, value: JSONValue)] {
        reported.compactMap { $0 }
    }

    init(_ trace: [TraceEvent]) {
        labels = TraceLabels(trace)
        tracks = ChromeTracks(trace, labels: labels)
        origin = trace.map(\.time).min() ?? 0
        end = trace.map(\.time).max() ?? 0
    }

    mutating func add(_ event: TraceEvent) {
        state.apply(event)
        let time = event.time - origin
        var args = detailArgs(of: event)
        if let note = event.note {
            args.append(("note", .string(note)))
        }
        switch event.kind {
        case .declareActor, .declareResource:
            if let note = event.note {
                addInstant(note, category: "note", at: time, on: event.actor, args: [("text", .string(note))])
            }
        case .transition(let newState):
            let start = close(event.actor, at: time)
            let name = labels.describe(newState, of: event.actor, at: event.time)
            open[event.actor] = OpenSlice(name: name, start: start, args: args)
        case .operation(let resource, let operation):
            addInstant(
                labels.describe(operation, on: resource), category: "operation", at: time, on: event.actor,
                args: args)
        case .result(let name, let value):
            addInstant("\(name) = \(value)", category: "result", at: time, on: event.actor, args: args)
            // Found by name rather than searched for, so many results stay linear.
            if let earlier = resultIndex[name] { reported[earlier] = nil }
            resultIndex[name] = reported.count
            reported.append((name, .string(value)))
        case .note(let text):
            addInstant(text, category: "note", at: time, on: event.actor, args: args)
        }
    }

    /// Every entry's JSON, with states still open closed at the trace's last moment, in time order.
    mutating func finish() -> [String] {
        for actor in open.keys.sorted() {
            close(actor, at: end - origin)
        }
        // Slices are only complete when the next state arrives; sorting restores
        // the order a reader of the file expects. Ties keep trace order.
        // Indices are sorted rather than the entries themselves, so each entry is copied once.
        let order = entries.indices.sorted { (entries[$0].time, $0) < (entries[$1].time, $1) }
        return order.map { entries[$0].json }
    }

    /// Ends the actor's open slice and returns when the next one may start; never
    /// earlier than the open one began, so slices on a track cannot overlap.
    @discardableResult
    private mutating func close(_ actor: ActorID, at time: UInt64) -> UInt64 {
        guard let slice = open.removeValue(forKey: actor) else { return time }
        let stop = max(time, slice.start)
        add(
            ChromeEvent(
                name: slice.name, category: "state", phase: .complete, time: slice.start,
                duration: stop - slice.start, track: tracks.track(for: actor), args: slice.args))
        return stop
    }

    private mutating func addInstant(
        _ name: String, category: String, at time: UInt64, on actor: ActorID,
        args: [(key: String, value: JSONValue)]
    ) {
        add(
            ChromeEvent(
                name: name, category: category, phase: .instant, time: time, track: tracks.track(for: actor),
                args: args))
    }

    private mutating func add(_ entry: ChromeEvent) {
        entries.append((entry.time, entry.json.text))
    }
}
