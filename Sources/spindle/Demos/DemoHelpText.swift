import Demos

/// The texts that describe demos: the list, and one demo's parameters and results.
enum DemoHelpText {
    /// One line per demo: its name and what it shows.
    static func list() -> String {
        let descriptors = DemoCatalog.descriptors
        let width = descriptors.map(\.name.count).max() ?? 0
        let lines = descriptors.map {
            $0.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.summary
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What `run DEMO --help` shows: usage, parameters with their allowed values and defaults,
    /// and the results with their meaning.
    static func details(of descriptor: DemoDescriptor, command: String) -> String {
        var lines = ["\(descriptor.name): \(descriptor.summary)", ""]
        lines.append("USAGE: \(command) \(descriptor.name) [NAME=VALUE ...]")
        lines.append("")
        lines.append("PARAMETERS:")
        for parameter in descriptor.parameters {
            // Only the stage needs the slow pace; a run that is not animated goes at full speed.
            let unanimated =
                parameter.name == DemoDescriptor.speed.name ? " on the stage, 0 when not animated" : ""
            lines.append(
                "  \(parameter.name)=\(placeholder(parameter.kind))  (default \(parameter.defaultText)\(unanimated))"
            )
            lines.append("      \(parameter.summary); \(parameter.allowed)")
        }
        lines.append("")
        lines.append("RESULTS (printed as `result NAME=VALUE`):")
        let width = descriptor.results.map(\.name.count).max() ?? 0
        for result in descriptor.results {
            lines.append(
                "  " + result.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + result.meaning)
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
