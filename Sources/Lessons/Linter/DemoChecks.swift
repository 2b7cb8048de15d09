import Messages

/// Checks one lesson's demo blocks and predictions against the demo catalogue.
struct DemoChecks {
    let catalog: any DemoSignatures
    let lesson: Lesson

    func diagnostics() -> [Diagnostic] {
        lesson.pages.flatMap { page in
            page.elements.flatMap { element -> [Diagnostic] in
                switch element {
                case .demo(let demo): check(demo)
                case .prediction(let prediction): check(prediction)
                default: []
                }
            }
        }
    }

    private func check(_ demo: DemoBlock) -> [Diagnostic] {
        guard let signature = catalog.signature(of: demo.name) else {
            let location = lesson.locations.demoNames[demo.line] ?? SourceLocation(line: demo.line, column: 1)
            let nearest = Suggestions.nearest(to: demo.name, in: catalog.demoNames, count: 3)
            let message =
                Suggestions.closest(to: demo.name, in: catalog.demoNames).map {
                    Messages.text("lint.demo.unknown-suggest", ["demo": demo.name, "suggestion": $0])
                }
                ?? Messages.text(
                    "lint.demo.unknown-nearest",
                    ["demo": demo.name, "nearest": nearest.map { "`\($0)`" }.joined(separator: ", ")])
            return [error(at: location, message)]
        }
        return demo.arguments.compactMap { argument in
            let location = SourceLocation(line: demo.line, column: argument.column)
            guard let parameter = signature.parameter(named: argument.name) else {
                let names = signature.parameters.map(\.name)
                guard !names.isEmpty else {
                    return error(
                        at: location,
                        Messages.text(
                            "lint.demo.no-parameters",
                            ["demo": demo.name, "argument": "\(argument.name)=\(argument.value)"])
                    )
                }
                let hint = Suggestions.hint(for: argument.name, in: names)
                return error(
                    at: location,
                    Messages.text(
                        "lint.demo.unknown-parameter",
                        [
                            "demo": demo.name, "parameter": argument.name,
                            "parameters": names.joined(separator: ", "),
                            "fix": hint.isEmpty ? Messages.text("lint.hint.use-one-of-those") : hint,
                        ])
                )
            }
            return parameter.problem(with: argument.value).map {
                error(
                    at: location,
                    Messages.text(
                        "lint.demo.bad-value",
                        ["argument": "\(argument.name)=\(argument.value)", "demo": demo.name, "expected": $0])
                )
            }
        }
    }

    /// The result name, and each condition against the result's declared values; a demo missing
    /// from the catalogue is reported at its block.
    private func check(_ prediction: Prediction) -> [Diagnostic] {
        guard let signature = catalog.signature(of: prediction.demo) else { return [] }
        guard !signature.results.contains(prediction.result) else {
            guard let values = signature.resultValues[prediction.result] else { return [] }
            let locations = lesson.locations.choiceConditions[prediction.line] ?? []
            return prediction.choices.enumerated().compactMap { index, choice in
                guard !values.canMeet(choice.condition) else { return nil }
                let location =
                    locations.indices.contains(index)
                    ? locations[index] : SourceLocation(line: prediction.line, column: 1)
                return error(
                    at: location,
                    Messages.text(
                        "lint.demo.condition-never-holds",
                        [
                            "condition": "\(choice.condition)", "result": prediction.result,
                            "demo": prediction.demo, "values": "\(values)",
                        ])
                )
            }
        }
        let location =
            lesson.locations.predictionResults[prediction.line]
            ?? SourceLocation(line: prediction.line, column: 1)
        let hint = Suggestions.hint(for: prediction.result, in: signature.results)
        let message =
            signature.results.isEmpty
            ? Messages.text("lint.demo.no-results", ["demo": prediction.demo])
            : Messages.text(
                "lint.demo.unknown-result",
                [
                    "demo": prediction.demo, "result": prediction.result,
                    "results": signature.results.joined(separator: ", "),
                    "fix": hint.isEmpty ? Messages.text("lint.hint.use-one-of-those") : hint,
                ])
        return [error(at: location, message)]
    }

    private func error(at location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.error, file: lesson.file, line: location.line, column: location.column, message)
    }
}
