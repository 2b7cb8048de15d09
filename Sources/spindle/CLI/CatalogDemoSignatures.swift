import Demos
import Lessons

/// The `Demos` module's catalog as the linter and the REPL see it: the lesson format knows
/// demos only by their signatures, so that `Lessons` never depends on the code that runs them.
struct CatalogDemoSignatures: DemoSignatures {
    /// The signatures of every demo this build of Spindle has.
    static let current: any DemoSignatures = CatalogDemoSignatures()

    func signature(of name: String) -> DemoSignature? {
        DemoCatalog.demo(named: name).map { Self.signature($0.descriptor) }
    }

    var demoNames: [String] { DemoCatalog.descriptors.map(\.name).sorted() }

    private static func signature(_ descriptor: DemoDescriptor) -> DemoSignature {
        DemoSignature(
            name: descriptor.name, summary: descriptor.summary,
            parameters: descriptor.parameters.map { parameter in
                DemoParameter(name: parameter.name, kind: kind(parameter.kind), summary: parameter.summary)
            },
            results: descriptor.results.map(\.name),
            resultValues: Dictionary(
                uniqueKeysWithValues: descriptor.results.compactMap { result in
                    result.values.map { (result.name, values($0)) }
                }))
    }

    private static func values(_ values: DemoResultSpec.Values) -> ResultValues {
        switch values {
        case .yesNo: .yesNo
        case .count: .number(0 ... .infinity)
        }
    }

    private static func kind(_ kind: DemoParameterSpec.Kind) -> DemoParameter.Kind {
        switch kind {
        case .integer(let range, _): .integer(range)
        case .decimal(let range, _): .decimal(range)
        case .pace(let range, _): .pace(range)
        case .flag: .flag
        case .choice(let words, _): .choice(words)
        }
    }
}
