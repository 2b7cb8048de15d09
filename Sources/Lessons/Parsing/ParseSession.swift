import Messages

/// What the parsers of one lesson file share: the diagnostic log, the question and lab ids seen
/// so far (unique across the whole lesson, since the progress file keys answers and wins by
/// them), and the locations the linter will need later.
final class ParseSession {
    let log: DiagnosticLog
    private var idLines: [String: Int] = [:]
    var demoNameLocations: [Int: SourceLocation] = [:]
    var predictionResultLocations: [Int: SourceLocation] = [:]
    var choiceConditionLocations: [Int: [SourceLocation]] = [:]
    /// Where each prediction's `demo:` was written, keyed by fence line; only the page knows
    /// whether that demo exists.
    var predictionDemoLocations: [Int: SourceLocation] = [:]

    /// Where each lab block's parts were written, keyed by fence line.
    var labLocations: [Int: LabLocations] = [:]

    /// The language the lesson is written in: the text the parser itself puts on a page (what
    /// stands for a lab) is in it, whatever language the tutor speaks.
    let language: Language

    init(log: DiagnosticLog, language: Language = .english) {
        self.log = log
        self.language = language
    }

    /// Records the id of a question or a lab (`kind`, in the language of messages), reporting it when an earlier question or
    /// lab of the lesson already has it.
    func claimID(_ id: String, kind: String, at location: SourceLocation) {
        if let earlier = idLines[id] {
            log.error(
                Messages.text("lint.id.duplicate", ["kind": kind, "id": id, "line": "\(earlier)"]),
                at: location)
        } else {
            idLines[id] = location.line
        }
    }
}
