import Messages
import Trace

/// An actor's current state in words for the end of its lane and its process-tree row: what it
/// is stuck on and, for locks, who holds them, so the cause is visible without reading the
/// narration. The words are the state table's status column, in the stage's names.
enum StateWords {
    static func describe(_ actor: ActorID, in state: TraceState, now: UInt64, language: Language) -> String {
        guard let record = state.actor(actor) else {
            return Messages.text("stage.state.unknown", in: language)
        }
        return record.state.words(
            .status, of: actor, at: now, naming: StageNaming(state: state, language: language))
    }
}

/// The stage's names for the state table: sanitised and short (``TraceState/displayName(of:)``),
/// since they are drawn on a terminal.
private struct StageNaming: StateNaming {
    let state: TraceState
    let language: Language

    func name(of actor: ActorID) -> String { state.displayName(of: actor) }
    func name(of resource: ResourceID) -> String { state.displayName(of: resource, in: language) }
    func message(_ text: String) -> String { ViewText.singleLine(text) }
    var world: TraceState? { state }
}
