import Messages

/// A demo's parameters with their values: what was given, and the defaults for the rest.
public struct DemoArguments: Sendable, Codable, Equatable {
    /// Every parameter's value, given or default.
    public private(set) var values: [String: DemoValue]

    /// Reads `name=value` words for the demo `descriptor`, or explains in one line what is wrong.
    public init(parsing words: [String], for descriptor: DemoDescriptor) throws(DemoArgumentError) {
        var values = Dictionary(
            uniqueKeysWithValues: descriptor.parameters.map { ($0.name, $0.defaultValue) })
        var given: [String: String] = [:]
        for word in words {
            guard let equals = word.firstIndex(of: "="), equals != word.startIndex else {
                throw DemoArgumentError(
                    Messages.text(
                        "demos.argument.not-name-value",
                        [
                            "word": word, "demo": descriptor.name,
                            "example": DemoArgumentError.example(descriptor),
                        ]))
            }
            let name = String(word[..<equals])
            let text = String(word[word.index(after: equals)...])
            guard let parameter = descriptor.parameter(named: name) else {
                throw DemoArgumentError.unknownParameter(name, descriptor)
            }
            // Which of two values was meant cannot be guessed; the linter refuses the same in lessons.
            if let earlier = given[name] {
                throw DemoArgumentError(
                    Messages.text(
                        "demos.argument.given-twice",
                        ["name": name, "demo": descriptor.name, "earlier": earlier, "later": word]))
            }
            guard let value = parameter.parse(text) else {
                throw DemoArgumentError(
                    Messages.text(
                        "demos.argument.not-allowed",
                        ["name": name, "value": text, "demo": descriptor.name, "allowed": parameter.allowed]))
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

    /// The value of the parameter `key`, given or default. Reading a key the demo's descriptor
    /// does not list is a mistake in the demo, stopped here rather than read as a made-up value.
    public subscript<Value>(key: DemoParameterKey<Value>) -> Value {
        guard let value = values[key.name].flatMap(key.value(in:)) else {
            preconditionFailure(
                "parameter `\(key.name)` is not declared by this demo; add it to its descriptor's parameters")
        }
        return value
    }

    /// Every value, as `name=value` in name order, for titles and logs.
    public var summary: String {
        values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
    }
}
