import Messages
import Multiprocessing

/// Runs demo `D` in a process of its own: the fork server finds this type again by name, so
/// any demo can be started without a table of entry points.
struct DemoProgram<D: Demo>: HostedProgram {
    static func main(_ launch: DemoLaunchOrder) throws -> DemoReport {
        // The fork server was forked before the student chose a language, so the child speaks
        // the one the launch carries rather than the one it inherited.
        CurrentLanguage.set(launch.language)
        let run = DemoRun(arguments: launch.arguments)
        try D.run(run)
        return DemoReport(results: run.reported, stopReason: run.stopReason)
    }
}

/// What the tutor sends the fork server to start a demo: its parameters, and the language the
/// tutor speaks at that moment, which the demo narrates in.
struct DemoLaunchOrder: Codable, Sendable {
    let arguments: DemoArguments
    private let languageTag: String

    init(arguments: DemoArguments, language: Language) {
        self.arguments = arguments
        languageTag = language.tag
    }

    var language: Language { Language(tag: languageTag) ?? .english }
}
