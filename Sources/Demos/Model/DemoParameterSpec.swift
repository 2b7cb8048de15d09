import Messages

/// One `name=value` parameter of a demo: its type, its allowed values and its default.
public struct DemoParameterSpec: Sendable, Equatable {
    /// The values a parameter accepts, with its default.
    public enum Kind: Sendable, Equatable {
        /// A whole number within the range.
        case integer(ClosedRange<Int>, default: Int)
        /// A number within the range.
        case decimal(ClosedRange<Double>, default: Double)
        /// A pace: 0 (no pauses at all), or a number within the range.
        case pace(ClosedRange<Double>, default: Double)
        /// `on` or `off` (also `true`/`false`, `yes`/`no`, `1`/`0`).
        case flag(default: Bool)
        /// One of these words.
        case choice([String], default: String)
    }

    /// Name as written in `name=value`.
    public let name: String
    /// Type, range and default.
    public let kind: Kind
    /// The demo whose catalogue entry explains it (`demos.<demo>.param.<name>`); nil for the
    /// parameters every demo takes (`demos.param.<name>`).
    public let demo: String?

    /// Describes a parameter; its help line is the catalogue's, found by name.
    public init(_ name: String, _ kind: Kind, demo: String? = nil) {
        self.name = name
        self.kind = kind
        self.demo = demo
    }

    /// The same parameter, explained by the catalogue entries of `demo`.
    func of(demo: String) -> DemoParameterSpec {
        DemoParameterSpec(name, kind, demo: demo)
    }

    /// One line for `--help` and completion, in the current language.
    public var summary: String { summary(in: CurrentLanguage.value) }

    /// One line for `--help` and completion, in `language`.
    public func summary(in language: Language) -> String {
        let part = demo.map { "demos.\($0)" } ?? "demos"
        return Messages.text("\(part).param.\(DemoText.keyWord(name))", in: language)
    }

    /// The default, written as a student would type it.
    public var defaultText: String {
        switch kind {
        case .integer(_, let value): String(value)
        case .decimal(_, let value), .pace(_, let value): DemoValue.decimal(value).description
        case .flag(let value): value ? "on" : "off"
        case .choice(_, let value): value
        }
    }

    /// What the parameter accepts, in words ("a whole number from 1 to 8").
    public var allowed: String { allowed(in: CurrentLanguage.value) }

    /// What the parameter accepts, in words of `language`.
    public func allowed(in language: Language) -> String {
        switch kind {
        case .integer(let range, _):
            Messages.text(
                "demos.allowed.integer", ["lowest": "\(range.lowerBound)", "highest": "\(range.upperBound)"],
                in: language)
        case .decimal(let range, _):
            Messages.text(
                "demos.allowed.decimal",
                [
                    "lowest": "\(DemoValue.decimal(range.lowerBound))",
                    "highest": "\(DemoValue.decimal(range.upperBound))",
                ], in: language)
        case .pace(let range, _):
            Messages.text(
                "demos.allowed.pace",
                [
                    "lowest": "\(DemoValue.decimal(range.lowerBound))",
                    "highest": "\(DemoValue.decimal(range.upperBound))",
                ], in: language)
        case .flag: Messages.text("demos.allowed.flag", in: language)
        case .choice(let words, _):
            Messages.text("demos.allowed.choice", ["words": words.joined(separator: ", ")], in: language)
        }
    }

    /// The typed value of `text`, or nil when the parameter does not accept it.
    public func parse(_ text: String) -> DemoValue? {
        switch kind {
        case .integer(let range, _):
            guard let number = Int(text), range.contains(number) else { return nil }
            return .integer(number)
        case .decimal(let range, _):
            guard let number = Double(text), number.isFinite, range.contains(number) else { return nil }
            return .decimal(number)
        case .pace(let range, _):
            guard let number = Double(text), number == 0 || range.contains(number) else { return nil }
            return .decimal(number)
        case .flag:
            return DemoValue.flagWords[text.lowercased()].map(DemoValue.flag)
        case .choice(let words, _):
            return words.contains(text) ? .word(text) : nil
        }
    }

    /// The default as a typed value.
    var defaultValue: DemoValue {
        switch kind {
        case .integer(_, let value): .integer(value)
        case .decimal(_, let value), .pace(_, let value): .decimal(value)
        case .flag(let value): .flag(value)
        case .choice(_, let value): .word(value)
        }
    }

    /// The speeds other than 0 (full speed) a demo runs at. Below the floor a demo's pauses
    /// outgrow any time limit, so it would sit still until stopped (at 0.01 a one-second step
    /// takes 100 s); above the ceiling the pauses are too short to see.
    public static let watchableSpeeds = 0.01...100.0
}
