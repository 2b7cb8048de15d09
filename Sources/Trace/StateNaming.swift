import Messages

/// How one reader of the state table (``ActorState/words(_:of:at:naming:)``) names the actors
/// and resources its words mention, and what it knows of the world around them. The table
/// supplies every other word, so narration, the stage and exports say the same thing the same way.
package protocol StateNaming {
    /// The actor as this reader prints it.
    func name(of actor: ActorID) -> String
    /// The resource as this reader prints it.
    func name(of resource: ResourceID) -> String
    /// Free text from the trace, such as a failure's message, as this reader may print it.
    func message(_ text: String) -> String
    /// The world the state belongs to, for who holds or waits on what; `nil` for a reader that
    /// knows only the declarations, which then gets the words without those details.
    var world: TraceState? { get }
    /// The language the words are in.
    var language: Language { get }
}

extension StateNaming {
    /// Trace text as it is: only a terminal needs it made safe.
    package func message(_ text: String) -> String { text }

    /// English: a reader that writes files (an export) must say the same in every language.
    package var language: Language { .english }
}
