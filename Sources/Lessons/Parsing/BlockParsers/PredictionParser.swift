import Messages
import Yams

/// Reads ```` ```predict ```` blocks.
enum PredictionParser {
    static let keys = ["id", "demo", "question", "result", "choices", "explain"]

    /// The prediction, or nil when the block has errors (reported). `demo` is left empty when the
    /// block does not name one: which demo grades it depends on the demo blocks of the whole
    /// page, so `PageSplitter` settles it at the page's end.
    static func parse(_ block: FencedBlock, session: ParseSession) -> Prediction? {
        let log = session.log
        let errorsBefore = log.diagnostics.count
        guard
            let reader = QuestionBlock.reader(
                for: block, kind: "predict", name: Messages.text("lint.name.prediction"), keys: keys, log: log
            )
        else {
            return nil
        }
        let id = reader.requiredText("id")
        if let id {
            session.claimID(id, kind: Messages.text("lint.noun.question"), at: reader.location("id"))
        }
        let demo = reader.optionalText("demo")
        let question = reader.requiredText("question")
        let result = reader.requiredText("result")
        var conditionLocations: [SourceLocation] = []
        let choices = readChoices(reader, conditionLocations: &conditionLocations)
        let explanation = reader.requiredText("explain")
        guard let id, let question, let result, let choices, let explanation,
            !log.hasErrors(since: errorsBefore)
        else { return nil }
        session.predictionResultLocations[block.line] = reader.location("result")
        session.choiceConditionLocations[block.line] = conditionLocations
        if demo != nil { session.predictionDemoLocations[block.line] = reader.location("demo") }
        return Prediction(
            id: id, demo: demo ?? "", question: question, result: result,
            choices: choices, explanation: explanation, line: block.line)
    }

    private static func readChoices(_ reader: MappingReader, conditionLocations: inout [SourceLocation])
        -> [PredictionChoice]?
    {
        let log = reader.block.log
        guard reader.has("choices") else {
            log.error(
                Messages.text("lint.predict.no-choices"),
                at: reader.anchor)
            return nil
        }
        guard let items = reader.value("choices")?.sequence, items.count >= 2 else {
            log.error(
                Messages.text("lint.predict.few-choices"),
                at: reader.location("choices"))
            return nil
        }
        var choices: [PredictionChoice] = []
        for item in items {
            let anchor = reader.block.location(of: item.mark)
            guard
                let choice = MappingReader(
                    item, block: reader.block, name: Messages.text("lint.name.choice"), anchor: anchor)
            else {
                return nil
            }
            choice.rejectUnknownKeys(allowed: ["text", "when"])
            guard let text = choice.requiredText("text"), let when = choice.requiredText("when") else {
                return nil
            }
            switch ConditionParser.parse(when) {
            case .success(let condition):
                choices.append(PredictionChoice(text: text, condition: condition))
                conditionLocations.append(choice.location("when"))
            case .failure(let error):
                log.error(error.message, at: choice.location("when"))
                return nil
            }
        }
        return choices
    }
}
