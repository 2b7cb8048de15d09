import Demos
import Lessons
import Messages
import Stage
import TextRendering
import Trace

/// A demo with its parameters, checked and ready to start.
struct DemoLaunch: Equatable {
    let demo: any Demo.Type
    let arguments: DemoArguments
    /// The parameters as typed, for the title.
    let words: [String]

    var descriptor: DemoDescriptor { demo.descriptor }

    /// `shared-counter workers=2 lock=off`.
    var title: String { run.title }

    /// What a trace of this launch records in its header, so a replay keeps title and emphasis.
    var run: TraceRun { TraceRun(demo: descriptor.name, parameters: words, emphasis: descriptor.emphasis) }

    /// Finds the demo and reads its parameters, or says in one line what is wrong and where to
    /// look; `listing` is how the student lists the demos where this runs. The line echoes what
    /// was typed, so it is sanitised: a typed escape sequence must not drive the terminal.
    static func make(name: String, words: [String], listing: String) throws(DemoArgumentError) -> DemoLaunch {
        guard let demo = DemoCatalog.demo(named: name) else {
            throw DemoArgumentError(
                TerminalText.sanitize(DemoArgumentError(unknownDemo: name, listing: listing).description))
        }
        do {
            return DemoLaunch(
                demo: demo, arguments: try DemoArguments(parsing: words, for: demo.descriptor), words: words)
        } catch {
            var line = error.description
            if let unknown = error.unknownParameter {
                line += parameterHint(for: unknown, in: demo.descriptor.parameters.map(\.name))
            }
            throw DemoArgumentError(TerminalText.sanitize(line))
        }
    }

    /// `; did you mean `threads`?` for a slip of a letter or two (`threds`, `lok`), or for the
    /// start of a name (`work` for `workers`).
    private static func parameterHint(for name: String, in names: [String]) -> String {
        let close =
            Suggestions.closest(to: name, in: names)
            ?? names.first { !name.isEmpty && ($0.hasPrefix(name) || name.hasPrefix($0)) }
        return close.map { Messages.text("cli.demo.parameter-hint", ["name": $0]) } ?? ""
    }

    static func == (left: DemoLaunch, right: DemoLaunch) -> Bool {
        left.descriptor.name == right.descriptor.name && left.arguments == right.arguments
            && left.words == right.words
    }
}

extension DemoArgumentError {
    /// "unknown demo `x`; did you mean `y`?" with where the list is.
    init(unknownDemo name: String, listing: String) {
        let names = DemoCatalog.descriptors.map(\.name)
        if let suggestion = Suggestions.closest(to: name, in: names) {
            self.init(
                Messages.text(
                    "cli.demo.unknown.suggestion",
                    ["name": name, "suggestion": suggestion, "listing": listing]))
        } else {
            self.init(Messages.text("cli.demo.unknown", ["name": name, "listing": listing]))
        }
    }
}
