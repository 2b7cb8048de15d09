import Messages

/// Turns events into plain sentences, one line per event, for learners and for
/// the stage's log pane.
///
/// The narrator keeps its own ``TraceState`` so it can say who holds a lock or
/// how many items a queue has; feed it every event of a trace, in order.
public struct Narrator: Sendable {
    /// The world as of the last narrated event.
    public private(set) var state = TraceState()
    /// The time of the first narrated event; all times are relative to it.
    public private(set) var origin: UInt64?
    /// The actor column's width for plain output: the longest declared actor name
    /// so far, but at least the minimum given at creation.
    public private(set) var nameWidth: Int
    /// The language the sentences are in, chosen once so that a trace's narration does not
    /// change language halfway through.
    public let language: Language

    /// Creates a narrator for a new trace. A minimum name width keeps the column
    /// steady while the first few actors are declared.
    public init(minimumNameWidth: Int = 8, language: Language = CurrentLanguage.value) {
        nameWidth = minimumNameWidth
        self.language = language
    }

    /// Describes `event` and then folds it into ``state``.
    public mutating func narrate(_ event: TraceEvent) -> NarrationLine {
        let start = origin ?? event.time
        origin = start
        let removed = removedItem(by: event)
        state.apply(event)
        if case .declareActor(let actor) = event.kind {
            nameWidth = max(nameWidth, actor.name.count)
        }
        var sentence = describe(event, removedItem: removed)
        if let note = event.note {
            sentence += " — \(note)"
        }
        if let source = event.source {
            sentence += " (\(source))"
        }
        return NarrationLine(
            time: DurationText.format(nanoseconds: event.time >= start ? event.time - start : 0),
            actor: name(of: event.actor),
            sentence: sentence)
    }

    /// The plain-text line for `event`, for output without a stage.
    public mutating func line(for event: TraceEvent) -> String {
        let narration = narrate(event)
        return narration.formatted(nameWidth: nameWidth)
    }

    /// The label a `get`/`receive` takes, which is only knowable before it is applied.
    private func removedItem(by event: TraceEvent) -> String? {
        switch event.kind {
        case .operation(let resource, .get(let label)), .operation(let resource, .receive(let label)):
            state.itemToRemove(from: resource, matching: label) ?? label
        default:
            nil
        }
    }
}
