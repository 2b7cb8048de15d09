import Messages

/// What the linter and the REPL need to know about the demos that exist, without depending on
/// the module that implements them: the executable hands the `Demos` module's catalogue in.
public protocol DemoSignatures: Sendable {
    /// The signature of the demo with this name, or nil when there is none.
    func signature(of name: String) -> DemoSignature?
    /// Every demo's name, sorted, for completion and "did you mean" suggestions.
    var demoNames: [String] { get }
}

/// A demo's public face: the parameters it takes and the results it reports.
public struct DemoSignature: Sendable, Equatable {
    /// The demo's name (`shared-counter`).
    public var name: String
    /// One line saying what the demo shows.
    public var summary: String
    /// The parameters it accepts.
    public var parameters: [DemoParameter]
    /// Names of the results it reports (`expected`, `actual`, `lost`).
    public var results: [String]
    /// The values of the results whose demo declares them; lint checks predictions on these.
    public var resultValues: [String: ResultValues]

    /// Creates a signature.
    public init(
        name: String, summary: String, parameters: [DemoParameter], results: [String],
        resultValues: [String: ResultValues] = [:]
    ) {
        self.name = name
        self.summary = summary
        self.parameters = parameters
        self.results = results
        self.resultValues = resultValues
    }

    /// The parameter with this name, if the demo has one.
    public func parameter(named name: String) -> DemoParameter? {
        parameters.first { $0.name == name }
    }
}

/// One parameter of a demo.
public struct DemoParameter: Sendable, Equatable {
    /// Name as written in `key=value`.
    public var name: String
    /// The values it accepts.
    public var kind: Kind
    /// One line for `--help` and completion.
    public var summary: String

    /// The values a parameter accepts.
    public enum Kind: Sendable, Equatable {
        /// A whole number within the range.
        case integer(ClosedRange<Int>)
        /// A number within the range.
        case decimal(ClosedRange<Double>)
        /// 0 (no pauses), or a number within the range.
        case pace(ClosedRange<Double>)
        /// `on`/`off` (also `true`/`false`, `yes`/`no`, `1`/`0`).
        case flag
        /// One of these words.
        case choice([String])
    }

    /// Creates a parameter.
    public init(name: String, kind: Kind, summary: String) {
        self.name = name
        self.kind = kind
        self.summary = summary
    }

    /// Nil when `value` is acceptable, otherwise what is allowed ("a whole number from 1 to 64").
    public func problem(with value: String) -> String? {
        switch kind {
        case .integer(let range):
            guard let number = Int(value), range.contains(number) else {
                return Messages.text(
                    "lint.expected.whole-number",
                    ["low": "\(range.lowerBound)", "high": "\(range.upperBound)"])
            }
        case .decimal(let range):
            guard let number = Double(value), range.contains(number) else {
                return Messages.text(
                    "lint.values.range",
                    [
                        "low": "\(ResultValue.number(range.lowerBound))",
                        "high": "\(ResultValue.number(range.upperBound))",
                    ])
            }
        case .pace(let range):
            guard let number = Double(value), number == 0 || range.contains(number) else {
                return Messages.text(
                    "lint.expected.pace",
                    [
                        "low": "\(ResultValue.number(range.lowerBound))",
                        "high": "\(ResultValue.number(range.upperBound))",
                    ])
            }
        case .flag:
            guard DemoParameter.flagValue(value) != nil else { return Messages.text("lint.expected.flag") }
        case .choice(let words):
            guard words.contains(value) else {
                return Messages.text("lint.values.one-of", ["words": words.joined(separator: ", ")])
            }
        }
        return nil
    }

    /// Reads a flag value, or nil when `value` is not one.
    public static func flagValue(_ value: String) -> Bool? {
        switch value.lowercased() {
        case "on", "true", "yes", "1": true
        case "off", "false", "no", "0": false
        default: nil
        }
    }
}
