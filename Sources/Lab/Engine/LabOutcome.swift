import Messages

/// What a run amounts to for a student: what it printed and how it ended. Two schedules with
/// the same outcome are the same result, however differently they got there.
public struct LabOutcome: Hashable, Codable, Sendable, CustomStringConvertible {
    public enum Ending: String, Hashable, Codable, Sendable {
        case completed
        case deadlock
        case stepLimit = "step limit"
    }

    /// The printed lines.
    public var output: [String]
    /// Each uncaught exception as `Type: message`, in thread order.
    public var exceptions: [String]
    public var ending: Ending

    public init(output: [String], exceptions: [String], ending: Ending) {
        self.output = output
        self.exceptions = exceptions
        self.ending = ending
    }

    init(output: [String], exceptions: [LabException], ending: LabEnding) {
        self.output = output
        self.exceptions = exceptions.map(\.description)
        switch ending {
        case .completed: self.ending = .completed
        case .deadlock: self.ending = .deadlock
        case .stepLimit: self.ending = .stepLimit
        }
    }

    /// Whether a checker should call this a failure: an uncaught exception (an assertion
    /// included), a deadlock or a thread that never stopped.
    public var isBad: Bool { !exceptions.isEmpty || ending != .completed }

    /// One line in English, as traces print it: `printed "2"`, `printed "1"; AssertionError:
    /// expected 2; deadlock`.
    public var description: String { text(in: .english) }

    /// The line in `language`; what was printed and the exceptions stay as the program wrote them.
    public func text(in language: Language) -> String {
        var parts: [String] = []
        if !output.isEmpty {
            parts.append(
                Messages.text(
                    "lab.outcome.printed", ["lines": output.map { "\"\($0)\"" }.joined(separator: " ")],
                    in: language))
        }
        parts += exceptions
        switch ending {
        case .completed: break
        case .deadlock: parts.append(Messages.text("lab.outcome.deadlock", in: language))
        case .stepLimit: parts.append(Messages.text("lab.outcome.step-limit", in: language))
        }
        return parts.isEmpty
            ? Messages.text("lab.outcome.printed-nothing", in: language)
            : parts.joined(separator: Messages.text("lab.outcome.separator", in: language))
    }

    /// Why no thread may step any more, one sentence per way a run ends.
    static func endedMessage(_ ending: LabEnding) -> String {
        switch ending {
        case .completed: Messages.text("lab.schedule.ended.completed")
        case .deadlock: Messages.text("lab.schedule.ended.deadlock")
        case .stepLimit(_, let name): Messages.text("lab.schedule.ended.step-limit", ["thread": name])
        }
    }
}
