import Foundation
import TestSupport

/// The built `spindle` executable, found from the test bundle's location: SwiftPM puts both
/// products in the same build folder.
enum SpindleBinary {
    static var url: URL {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = bundle.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("spindle")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return bundle.deletingLastPathComponent().appendingPathComponent("spindle")
    }

    /// The locale every test runs the tutor in unless it says otherwise: English whatever the
    /// machine's own locale, since the tutor now speaks the locale's language.
    static let englishLocale = ["LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "SPINDLE_LANG": ""]

    /// Runs spindle with `arguments`, feeding `input`, with state kept in `stateFolder`.
    static func run(_ arguments: [String], input: String = "", stateFolder: String) throws
        -> ChildProcess.Outcome
    {
        try ChildProcess.run(
            [url.path] + arguments, environment: environment(stateFolder: stateFolder), input: input)
    }

    /// Starts spindle with `arguments`, state kept in `stateFolder`, without waiting for it.
    static func start(_ arguments: [String], stateFolder: String) throws -> ChildProcess.Started {
        try ChildProcess.start([url.path] + arguments, environment: environment(stateFolder: stateFolder))
    }

    private static func environment(stateFolder: String) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_STATE_HOME"] = stateFolder
        environment["SPINDLE_LESSONS"] = nil
        environment["NO_COLOR"] = nil
        for (name, value) in englishLocale { environment[name] = value }
        return environment
    }
}
