import Messages

/// What of a page's block a translation must keep: its kind and everything that is not prose
/// for people (ids, demo lines, answers, conditions, lab programs and goals, code without its
/// comments). Two blocks with equal shapes may differ only in words a translator translates.
struct BlockShape: Equatable {
    /// `prose`, `code`, `demo`, `predict`, `quiz` or `lab`, as a lesson names its blocks.
    let kind: String
    /// The parts compared, by name, in the order they are reported.
    let parts: [Part]

    struct Part: Equatable {
        /// The part's name in English; compared, so it cannot depend on the language.
        let name: String
        let value: String

        /// How messages name the part: keys as a lesson writes them, the rest translated.
        var label: String {
            switch name {
            case "code (comments aside)": Messages.text("lint.shape.part.code")
            case "demo line": Messages.text("lint.shape.part.demo-line")
            case "number of choices": Messages.text("lint.shape.part.choices")
            case "number of hints": Messages.text("lint.shape.part.hints")
            case "`when` conditions": Messages.text("lint.shape.part.conditions")
            case "answer kind": Messages.text("lint.shape.part.answer-kind")
            default: name
            }
        }
    }

    init(_ element: PageElement) {
        switch element {
        case .prose(let prose):
            guard let lab = prose.lab else {
                kind = "prose"
                parts = []
                return
            }
            kind = "lab"
            let program: String
            switch lab.program {
            case .file(let path): program = path
            case .inline(let code, _): program = CodeComments.stripped(code, language: "python") ?? code
            }
            parts = [
                Part(name: "id", value: lab.id), Part(name: "program", value: program),
                Part(name: "goal", value: lab.goal), Part(name: "reachable", value: "\(lab.reachable)"),
                Part(name: "number of hints", value: "\(lab.hints.count)"),
            ]
        case .code(let code):
            kind = "code"
            let language = Part(name: "language", value: code.language)
            guard let stripped = CodeComments.stripped(code.code, language: code.language) else {
                parts = [language]
                return
            }
            parts = [language, Part(name: "code (comments aside)", value: stripped)]
        case .demo(let demo):
            kind = "demo"
            parts = [Part(name: "demo line", value: demo.call)]
        case .prediction(let prediction):
            kind = "predict"
            parts = [
                Part(name: "id", value: prediction.id), Part(name: "demo", value: prediction.demo),
                Part(name: "result", value: prediction.result),
                Part(name: "number of choices", value: "\(prediction.choices.count)"),
                Part(
                    name: "`when` conditions",
                    value: prediction.choices.map { "\($0.condition)" }.joined(separator: "; ")),
            ]
        case .quiz(let quiz):
            kind = "quiz"
            var parts = [Part(name: "id", value: quiz.id)]
            switch quiz.answer {
            case .choice(let options, let correct):
                parts.append(Part(name: "number of choices", value: "\(options.count)"))
                parts.append(Part(name: "answer", value: String(UnicodeScalar(UInt8(97 + min(correct, 25))))))
            case .text:
                // Short answers are compared by `accepts(_:)`: a translation may accept more.
                parts.append(Part(name: "answer kind", value: "text"))
            }
            parts.append(Part(name: "number of hints", value: "\(quiz.hints.count)"))
            self.parts = parts
        }
    }

    /// "is a quiz, the original's is a predict", or "has `id` `x`, the original `y`".
    static func difference(_ shape: BlockShape, _ original: BlockShape) -> String {
        guard shape.kind == original.kind else {
            return Messages.text("lint.shape.kind", ["kind": shape.kind, "original": original.kind])
        }
        for (part, originalPart) in zip(shape.parts, original.parts) where part != originalPart {
            if part.value.contains("\n") || originalPart.value.contains("\n") {
                return Messages.text("lint.shape.multiline", ["kind": shape.kind, "part": part.label])
            }
            return Messages.text(
                "lint.shape.value",
                ["kind": shape.kind, "part": part.label, "value": part.value, "original": originalPart.value])
        }
        return Messages.text("lint.shape.differs", ["kind": shape.kind])
    }
}
