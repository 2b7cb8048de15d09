/// A demo's parameters with their values: what was given, and the defaults for the rest.
public struct DemoArguments: Sendable, Codable, Equatable {
    /// Every parameter's value, given or default.
    public private(set) var values: [String: DemoValue]

    /// Reads `name=value` words for the demo `descriptor`, or explains in one line what is wrong.
    public init(parsing words: [String], for descriptor: DemoDescriptor) throws(DemoArgumentError) {
        var values = Dictionary(uniqueKeysWithValues: descriptor.parameters.map { ($0.name, $0.defaultValue) })
        var given: [String: String] = [:]
        for word in words {
            guard let equals = word.firstIndex(of: "="), equals != word.startIndex else {
                throw DemoArgumentError(
                    "`\(word)` for demo `\(descriptor.name)` is not name=value; "
                        + "parameters are written like `\(DemoArgumentError.example(descriptor))`")
            }
            let name = String(word[..<equals])
            let text = String(word[word.index(after: equals)...])
            guard let parameter = descriptor.parameter(named: name) else {
                throw DemoArgumentError.unknownParameter(name, descriptor)
            }
            // Which of two values was meant cannot be guessed; the linter refuses the same in lessons.
            if let earlier = given[name] {
                throw DemoArgumentError(
                    "`\(name)` is given twice for demo `\(descriptor.name)` (`\(earlier)` and `\(word)`); keep one")
            }
            guard let value = parameter.parse(text) else {
                throw DemoArgumentError("`\(name)=\(text)` for demo `\(descriptor.name)`: expected \(parameter.allowed)")
            }
            given[name] = word
            values[name] = value
        }
        self.values = values
    }

    /// The defaults of every parameter of `descriptor`.
    public init(defaultsFor descriptor: DemoDescriptor) {
        values = Dictionary(uniqueKeysWithValues: descriptor.parameters.map { ($0.name, $0.defaultValue) })
    }

    /// The value of a whole-number parameter (0 if the demo has no such parameter).
    public func integer(_ name: String) -> Int {
        switch values[name] {
        case .integer(let number): number
        case .decimal(let number): Int(number)
        default: 0
        }
    }

    /// The value of a number parameter.
    public func decimal(_ name: String) -> Double {
        switch values[name] {
        case .decimal(let number): number
        case .integer(let number): Double(number)
        default: 0
        }
    }

    /// The value of an on/off parameter.
    public func flag(_ name: String) -> Bool {
        if case .flag(let on) = values[name] { on } else { false }
    }

    /// The value of a choice parameter.
    public func word(_ name: String) -> String {
        values[name]?.description ?? ""
    }

    /// Every value, as `name=value` in name order, for titles and logs.
    public var summary: String {
        values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
    }
}
