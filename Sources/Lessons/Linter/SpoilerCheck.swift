import Messages

/// Warns when the text above a prediction gives its answer away, e.g. a page that says "the
/// counter loses 0 updates" above a prediction on `lost` whose choices are `= 0` and `> 0`.
///
/// The heuristic, tuned to stay quiet on ordinary prose: a line above the prediction on its page
/// (prose and demo captions, up to `linesSearched` lines) gives the answer away when it holds one of the values the choices'
/// conditions compare with (a number, or a word of `= word` / `one of [...]`) within
/// `window` words of a word that names the result. A word names the result when it starts
/// with the first three letters of one of the result's parts (`lost` matches "lost", "loses",
/// "loss"; `child_exit_code` matches "child", "exit", "exited", "code"); parts shorter than three
/// letters and unit suffixes (`s`, `ms`, `per`) are ignored. Numbers are compared with commas
/// and underscores removed, so "100,000" matches `= 100000`. The question itself, the choices
/// and the explanation are not searched: text there is where an answer belongs or is asked.
struct SpoilerCheck {
    let lesson: Lesson
    /// Words between a result word and a value that still count as "near".
    static let window = 3

    /// Lines searched above each prediction, nearest first: far more than a page that fits the
    /// screen holds, and a bound on the work a page of thousands of lines can cause.
    static let linesSearched = 200

    func diagnostics() -> [Diagnostic] {
        lesson.pages.flatMap { page in
            // Each line is split into words once per page, however many predictions follow it.
            var linesAbove: [(line: Int, words: [String])] = []
            var found: [Diagnostic] = []
            for element in page.elements {
                if case .prediction(let prediction) = element,
                    let diagnostic = spoiler(of: prediction, above: linesAbove.suffix(Self.linesSearched))
                {
                    found.append(diagnostic)
                }
                linesAbove += Self.lines(of: element).map { ($0.0, Self.words($0.1)) }
            }
            return found
        }
    }

    private func spoiler(of prediction: Prediction, above lines: ArraySlice<(line: Int, words: [String])>)
        -> Diagnostic?
    {
        let stems = Self.stems(of: prediction.result)
        let values = Set(prediction.choices.flatMap { Self.values(of: $0.condition) })
        guard !stems.isEmpty, !values.isEmpty else { return nil }
        for (line, words) in lines {
            for (position, word) in words.enumerated() where values.contains(word.lowercased()) {
                let nearby = words[
                    max(0, position - Self.window)...min(words.count - 1, position + Self.window)]
                guard
                    let named = nearby.first(where: { candidate in
                        stems.contains { candidate.lowercased().hasPrefix($0) }
                    })
                else { continue }
                return Diagnostic(
                    .warning, file: lesson.file, line: line, column: 1,
                    Messages.text(
                        "lint.spoiler",
                        [
                            "id": prediction.id, "word": String(word), "named": String(named),
                            "result": prediction.result,
                        ])
                )
            }
        }
        return nil
    }

    /// The lines of prose and captions with their file line numbers. A caption's first line is
    /// the one after its fence; blank lines the caption was trimmed of are not counted back, so
    /// the line may be a little early for a caption that starts with blank lines.
    private static func lines(of element: PageElement) -> [(Int, Substring)] {
        let (text, first): (String, Int)
        switch element {
        case .prose(let prose): (text, first) = (prose.markdown, prose.line)
        case .demo(let demo): (text, first) = (demo.caption, demo.line + 1)
        default: return []
        }
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            (first + $0.offset, $0.element)
        }
    }

    /// Lowercased three-letter beginnings of the result's meaningful parts.
    static func stems(of result: String) -> [String] {
        let units: Set = ["s", "ms", "us", "per", "max", "min"]
        return result.lowercased().split(separator: "_")
            .filter { $0.count >= 3 && !units.contains(String($0)) }
            .map { String($0.prefix(3)) }
    }

    /// The values a condition compares with, lowercased, as they would be written in text.
    static func values(of condition: Condition) -> [String] {
        let values: [ResultValue] =
            switch condition {
            case .equal(let value), .notEqual(let value): [value]
            case .oneOf(let values): values
            default: condition.numbers.map(ResultValue.number)
            }
        return values.map { $0.description.lowercased() }
    }

    /// Words and numbers of a line: runs of letters and digits, with `,` and `_` inside numbers
    /// dropped and a decimal point kept, so "100,000" and "1.5" are one word each.
    static func words(_ line: Substring) -> [String] {
        var words: [String] = []
        var current = ""
        let characters = Array(line)
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            let insideNumber = current.last?.isNumber == true && next.isNumber
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if insideNumber, character == "," || character == "_" {
                continue
            } else if insideNumber, character == "." {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
