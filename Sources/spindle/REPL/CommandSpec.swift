import Messages
import Stage

/// One REPL command: what the student types, what `help` says of it, what Tab offers after it,
/// and what it does. The entries live in ``CommandTable``.
struct CommandSpec: Sendable {
    /// Runs the command on the session with the rest of the line (trimmed, possibly empty).
    typealias Handler = @Sendable (TutorSession, _ argument: String) -> TutorSession.Reply
    /// The words Tab may offer for the next argument, given the arguments typed before it.
    typealias ArgumentCompleter = @Sendable (TutorSession, _ earlierArguments: [String]) -> [String]

    /// What the student types.
    let name: String
    /// Other words that run the same command (`exit` for `quit`); `help` lists them with it.
    let aliases: [String]
    /// The argument part of the usage line (`ID|NUMBER`), empty when there is none.
    let arguments: String
    let completeArgument: ArgumentCompleter
    let perform: Handler

    /// The handler has no default, so an entry that does nothing cannot be written.
    init(
        _ name: String, aliases: [String] = [], arguments: String = "",
        completeArgument: @escaping ArgumentCompleter = { _, _ in [] }, perform: @escaping Handler
    ) {
        self.name = name
        self.aliases = aliases
        self.arguments = arguments
        self.completeArgument = completeArgument
        self.perform = perform
    }

    /// One line for the command list, in the language in use: looked up when shown, since `lang`
    /// switches the language while the table stays the same.
    var summary: String { Messages.text("command.\(name).summary") }

    /// The longer text of `help NAME`, in the language in use. Only `replay` names `{speeds}`.
    var details: String {
        Messages.text("command.\(name).details", ["speeds": PlaybackModel.speedRangeText])
    }

    /// Every word that runs the command: its name, then its aliases.
    var names: [String] { [name] + aliases }

    /// `open ID|NUMBER`.
    var usage: String { arguments.isEmpty ? name : "\(name) \(arguments)" }

    /// The command as `help` names it: its usage, then its aliases (`quit, exit`).
    var label: String { ([usage] + aliases).joined(separator: ", ") }
}
