import Messages

/// How the demos find their words in the catalogue's part `demos`: a demo's sentences are keyed
/// by its name (`demos.shared-counter.note.locked`), so each demo's text is found without a
/// table of its own, and names stay in English wherever they are shown.
enum DemoText {
    /// A parameter or result name as a word of a key: `lost_full_speed` is `lost-full-speed`,
    /// since keys are written with hyphens.
    static func keyWord(_ name: String) -> String {
        name.replacing("_", with: "-")
    }
}

extension DemoDescriptor {
    /// The demo's message `what` (`note.locked`) in the current language, `arguments` filled in.
    func text(_ what: String, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
        Messages.text("demos.\(name).\(what)", arguments)
    }

    /// The demo's message `what` in `language`: results programs read are worded in English.
    func text(
        _ what: String, _ arguments: KeyValuePairs<String, String> = [:], in language: Language
    ) -> String {
        Messages.text("demos.\(name).\(what)", arguments, in: language)
    }
}
