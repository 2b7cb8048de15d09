/// A command with the options every subcommand takes, so the start can act on them (the
/// language) before the command runs.
protocol TakesGlobalOptions {
    var global: GlobalOptions { get }
}

extension TutorCommand: TakesGlobalOptions {}
extension LessonsCommand: TakesGlobalOptions {}
extension LintCommand: TakesGlobalOptions {}
extension DemosCommand: TakesGlobalOptions {}
extension ShowCommand: TakesGlobalOptions {}
extension RunCommand: TakesGlobalOptions {}
extension ReplayCommand: TakesGlobalOptions {}
extension LabCommand: TakesGlobalOptions {}
extension ExploreCommand: TakesGlobalOptions {}
extension TraceCommand: TakesGlobalOptions {}
