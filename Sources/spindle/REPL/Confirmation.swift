/// A question the REPL asks before a command that replaces or forgets something; anything but
/// `y` or `yes` (Enter, Ctrl-C, end of input) means no.
struct Confirmation: Equatable {
    /// `overwrite run.jsonl? [y/N] `, shown as the prompt.
    let question: String
    /// The command that does it without asking again, run on yes.
    let command: String
    /// What to say on no.
    let declined: String

    static func isYes(_ answer: String) -> Bool {
        ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
    }
}
