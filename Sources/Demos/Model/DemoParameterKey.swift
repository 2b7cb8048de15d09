/// One parameter of a demo, declared once as a static of the demo and used twice: in its
/// descriptor's parameter list, and to read the value in its body (`run[Self.workers]`).
/// A misspelt key is then a compile error, and the value comes back typed: an `Int`, a
/// `Double`, a `Bool` or one of the demo's own choice enums. Its help line is the catalogue's
/// `demos.<demo>.param.<name>`, so the student reads it in their language.
public struct DemoParameterKey<Value>: DeclaredDemoParameter, Sendable {
    /// The name, kind, default and help the student sees.
    public let spec: DemoParameterSpec
    /// The typed value inside a parsed value; nil when the kinds do not match.
    private let typed: @Sendable (DemoValue) -> Value?

    private init(_ spec: DemoParameterSpec, typed: @escaping @Sendable (DemoValue) -> Value?) {
        self.spec = spec
        self.typed = typed
    }

    /// Name as written in `name=value`.
    public var name: String { spec.name }

    /// The typed value inside `value`, nil when `value` is not of this parameter's kind.
    func value(in value: DemoValue) -> Value? {
        typed(value)
    }
}

extension DemoParameterKey where Value == Int {
    /// A whole number within `range`.
    public static func integer(
        _ name: String, _ range: ClosedRange<Int>, default value: Int
    ) -> Self {
        Self(DemoParameterSpec(name, .integer(range, default: value))) { parsed in
            if case .integer(let number) = parsed { number } else { nil }
        }
    }
}

extension DemoParameterKey where Value == Double {
    /// A number within `range`.
    public static func decimal(
        _ name: String, _ range: ClosedRange<Double>, default value: Double
    ) -> Self {
        Self(DemoParameterSpec(name, .decimal(range, default: value)), typed: decimal)
    }

    /// A pace: 0 (no pauses at all), or a number within `range`.
    static func pace(
        _ name: String, _ range: ClosedRange<Double>, default value: Double
    ) -> Self {
        Self(DemoParameterSpec(name, .pace(range, default: value)), typed: decimal)
    }

    @Sendable private static func decimal(_ parsed: DemoValue) -> Double? {
        if case .decimal(let number) = parsed { number } else { nil }
    }
}

extension DemoParameterKey where Value == Bool {
    /// `on` or `off`.
    public static func flag(_ name: String, default value: Bool) -> Self {
        Self(DemoParameterSpec(name, .flag(default: value))) { parsed in
            if case .flag(let on) = parsed { on } else { nil }
        }
    }
}

extension DemoParameterKey where Value: DemoChoice {
    /// One of the words of `Value`.
    public static func choice(_ name: String, default value: Value) -> Self {
        let words = Value.allCases.map(\.rawValue)
        return Self(DemoParameterSpec(name, .choice(words, default: value.rawValue))) { parsed in
            if case .word(let word) = parsed { Value(rawValue: word) } else { nil }
        }
    }
}
