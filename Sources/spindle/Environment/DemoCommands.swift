/// Which command lines may run a demo, and so need the fork server that demo processes are
/// forked from (see ForkServer).
enum DemoCommands {
    /// The subcommands that run demos: the tutor (also what `spindle` alone starts) and `run`.
    static let names: Set<String> = ["tutor", "run"]

    /// Whether `arguments` (without the program name) start a command that may run a demo. Help
    /// and the version never do. The answer only decides whether `main` starts the server early,
    /// while it is still alone; a demo that finds none starts it then, so a wrong "no" costs
    /// time, never a run.
    static func mayRunDemo(_ arguments: [String]) -> Bool {
        guard !arguments.contains(where: { ["--help", "-h", "--version"].contains($0) }) else {
            return false
        }
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            let name = String(word.split(separator: "=", maxSplits: 1).first ?? "")
            guard let takesValue = CommandLineOrder.globalOptions[name] else { break }
            index += takesValue && !word.contains("=") ? 2 : 1
        }
        // No word, or an option, after the global options: the default subcommand, the tutor.
        guard index < arguments.count, !arguments[index].hasPrefix("-") else { return true }
        return names.contains(arguments[index])
    }
}
