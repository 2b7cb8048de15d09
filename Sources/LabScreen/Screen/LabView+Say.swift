import Messages

extension LabView {
    /// The screen's messages (`lab-screen.` keys) in the language of one frame.
    struct Say {
        let language: Language

        func callAsFunction(_ key: String, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
            Messages.text("lab-screen." + key, arguments, in: language)
        }
    }
}
