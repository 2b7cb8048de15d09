import Messages

/// A page being filled by `PageSplitter`: its prose runs, blocks, and the predictions whose
/// demo can only be settled once the whole page is known.
struct PageBuilder {
    var title: String
    var location: SourceLocation
    var elements: [PageElement] = []
    var hasContent = false
    /// Where each block's fence starts, keyed by its line, for errors found at the page's end.
    var blockLocations: [Int: SourceLocation] = [:]
    private var prose: [(number: Int, text: String)] = []

    init(title: String, location: SourceLocation) {
        self.title = title
        self.location = location
    }

    mutating func add(proseLine text: String, number: Int) {
        prose.append((number, text))
        if !text.allSatisfy(\.isWhitespace) { hasContent = true }
    }

    /// Ends the current run of prose, without the blank lines around it.
    mutating func flushProse() {
        defer { prose.removeAll() }
        let isBlank = { (line: (number: Int, text: String)) in line.text.allSatisfy(\.isWhitespace) }
        guard let first = prose.firstIndex(where: { !isBlank($0) }),
            let last = prose.lastIndex(where: { !isBlank($0) })
        else { return }
        let markdown = prose[first...last].map(\.text).joined(separator: "\n")
        elements.append(.prose(Prose(markdown: markdown, line: prose[first].number)))
    }

    /// Fills in each prediction's demo: the one it names, which must be on this page, or the
    /// page's only demo. Predictions that cannot be settled are reported and removed.
    mutating func settlePredictionDemos(session: ParseSession) {
        let demoNames = elements.compactMap { if case .demo(let demo) = $0 { demo.name } else { nil } }
        let log = session.log
        elements = elements.compactMap { element in
            guard case .prediction(var prediction) = element else { return element }
            let fence = blockLocations[prediction.line] ?? location
            if prediction.demo.isEmpty {
                guard demoNames.count == 1 else {
                    let message =
                        demoNames.isEmpty
                        ? Messages.text("lint.predict.no-demo-on-page", ["id": prediction.id])
                        : Messages.text(
                            "lint.predict.no-demo-several",
                            ["id": prediction.id, "count": "\(demoNames.count)"])
                    log.error(message, at: fence)
                    session.predictionResultLocations[prediction.line] = nil
                    return nil
                }
                prediction.demo = demoNames[0]
            } else if !demoNames.contains(prediction.demo) {
                let location = session.predictionDemoLocations[prediction.line] ?? fence
                let hint = Suggestions.hint(for: prediction.demo, in: demoNames)
                let demos = demoNames.map { "`\($0)`" }.joined(separator: ", ")
                let message =
                    demoNames.isEmpty
                    ? Messages.text(
                        "lint.predict.demo-not-on-page-none", ["demo": prediction.demo, "hint": hint])
                    : Messages.text(
                        "lint.predict.demo-not-on-page",
                        ["demo": prediction.demo, "demos": demos, "hint": hint])
                log.error(message, at: location)
                session.predictionResultLocations[prediction.line] = nil
                return nil
            }
            return .prediction(prediction)
        }
    }

    /// Writes the text that stands for each lab on the page, in the lesson's `language`, which
    /// names the lab to type only when the page has more than one.
    mutating func writeLabTexts(in language: Language) {
        let count = elements.count { if case .prose(let prose) = $0 { prose.lab != nil } else { false } }
        for index in elements.indices {
            guard case .prose(var prose) = elements[index], let lab = prose.lab else { continue }
            prose.markdown = LabPageText.markdown(for: lab, labsOnPage: count, in: language)
            elements[index] = .prose(prose)
        }
    }
}
