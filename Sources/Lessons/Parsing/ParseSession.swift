/// What the parsers of one lesson file share: the diagnostic log, the question ids seen so far
/// (unique across the whole lesson, since the progress file keys answers by them), and the
/// locations the linter will need later.
final class ParseSession {
    let log: DiagnosticLog
    private var questionIDLines: [String: Int] = [:]
    var demoNameLocations: [Int: SourceLocation] = [:]
    var predictionResultLocations: [Int: SourceLocation] = [:]
    var choiceConditionLocations: [Int: [SourceLocation]] = [:]
    /// Where each prediction's `demo:` was written, keyed by fence line; only the page knows
    /// whether that demo exists.
    var predictionDemoLocations: [Int: SourceLocation] = [:]

    init(log: DiagnosticLog) {
        self.log = log
    }

    /// Records a question id, reporting it when an earlier question of the lesson already has it.
    func claimQuestionID(_ id: String, at location: SourceLocation) {
        if let earlier = questionIDLines[id] {
            log.error(
                "question id `\(id)` is already used on line \(earlier); give each prediction and quiz its own id",
                at: location)
        } else {
            questionIDLines[id] = location.line
        }
    }
}
