import Demos
import Messages
import TextRendering

/// The texts that describe demos: the list, and one demo's parameters and results.
enum DemoHelpText {
    /// One line per demo: its name and what it shows.
    static func list() -> String {
        let descriptors = DemoCatalog.descriptors
        let width = descriptors.map { DisplayWidth.of($0.name) }.max() ?? 0
        let lines = descriptors.map { DisplayWidth.pad($0.name, toWidth: width + 2) + $0.summary }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What `run DEMO --help` shows: usage, parameters with their allowed values and defaults,
    /// and the results with their meaning.
    static func details(
        of descriptor: DemoDescriptor, command: String, in language: Language = CurrentLanguage.value
    ) -> String {
        var lines = ["\(descriptor.name): \(descriptor.summary)", ""]
        lines.append(
            Messages.text("cli.demo.help.usage", ["command": command, "demo": descriptor.name], in: language))
        lines.append("")
        lines.append(Messages.text("cli.demo.help.parameters", in: language))
        for parameter in descriptor.parameters {
            // Only the stage needs the slow pace; a run that is not animated goes at full speed.
            let key =
                parameter.name == DemoDescriptor.speed.name
                ? "cli.demo.help.parameter.speed" : "cli.demo.help.parameter"
            lines.append(
                Messages.text(
                    key,
                    [
                        "parameter": parameter.name, "values": placeholder(parameter.kind),
                        "default": parameter.defaultText,
                    ], in: language))
            lines.append("      \(parameter.summary); \(parameter.allowed)")
        }
        lines.append("")
        lines.append(Messages.text("cli.demo.help.results", in: language))
        let width = descriptor.results.map { DisplayWidth.of($0.name) }.max() ?? 0
        for result in descriptor.results {
            lines.append("  " + DisplayWidth.pad(result.name, toWidth: width + 2) + result.meaning)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func placeholder(_ kind: DemoParameterSpec.Kind) -> String {
        switch kind {
        case .integer(let range, _): "\(range.lowerBound)..\(range.upperBound)"
        case .decimal(let range, _):
            "\(DemoValue.decimal(range.lowerBound))..\(DemoValue.decimal(range.upperBound))"
        case .pace(let range, _):
            "0|\(DemoValue.decimal(range.lowerBound))..\(DemoValue.decimal(range.upperBound))"
        case .flag: "on|off"
        case .choice(let words, _): words.joined(separator: "|")
        }
    }
}
