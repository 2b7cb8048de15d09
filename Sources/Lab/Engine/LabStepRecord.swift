import Messages

/// One step a run took, in words, for the lab's list of recent steps.
public struct LabStepRecord: Hashable, Sendable {
    public var thread: Int
    public var threadName: String
    /// What the step did, with the value read or written where the engine knows it:
    /// "read counter (0)", "write counter = 1", "acquire lock", "print '2'".
    public var description: String
    /// Where the step is in the source.
    public var position: SourcePosition

    public init(thread: Int, threadName: String, description: String, position: SourcePosition) {
        self.thread = thread
        self.threadName = threadName
        self.description = description
        self.position = position
    }
}

extension World {
    /// The words for a step just taken: `planned` as the thread showed it before the step
    /// ("read counter"), completed with what the step's effects say it did.
    func describeTakenStep(
        _ planned: StepWords, effects: [LabEffect], program: LabProgram, in language: Language
    ) -> String {
        var description = planned.text(in: language)
        var printed: [String] = []
        var raised: [LabException] = []
        for effect in effects {
            switch effect {
            case .readShared(let global, let value) where planned == .read(program.globals[global].name):
                description += " (\(displayRepresentation(of: value, program: program)))"
            case .wroteShared(let global, let value) where planned == .write(program.globals[global].name):
                description += " = \(displayRepresentation(of: value, program: program))"
            case .printed(let line):
                printed.append(line)
            case .raised(let exception):
                raised.append(exception)
            default:
                break
            }
        }
        if planned == .call("print") {
            description =
                printed.isEmpty
                ? Messages.text("lab.step.print", in: language)
                : Messages.text(
                    "lab.step.print-lines",
                    [
                        "lines": printed.map { displayRepresentation(of: .str($0), program: program) }
                            .joined(separator: ", ")
                    ], in: language)
        }
        for exception in raised {
            description = Messages.text(
                "lab.step.raised",
                ["step": description, "thread": exception.threadName, "exception": exception.description],
                in: language)
        }
        return description
    }

    /// Python's `repr` of a value as it stands, without touching the state.
    func displayRepresentation(of value: LabValue, program: LabProgram) -> String {
        var copy = self
        var context = StepContext(program: program, stepLimit: 0, recordingEffects: false)
        return copy.representation(of: value, &context)
    }
}
