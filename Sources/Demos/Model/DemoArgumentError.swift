import Messages

/// A demo name or parameter the catalogue does not accept, explained in one line that names
/// the demo, the parameter and what is allowed.
public struct DemoArgumentError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The line to show.
    public let description: String
    /// The parameter name that the demo does not take, when that is the error: the caller may
    /// suggest the closest of the demo's names (this module knows no spelling rules).
    public let unknownParameter: String?

    /// An error with this line.
    public init(_ description: String) {
        self.description = description
        unknownParameter = nil
    }

    private init(_ description: String, unknownParameter: String) {
        self.description = description
        self.unknownParameter = unknownParameter
    }

    static func unknownParameter(_ name: String, _ descriptor: DemoDescriptor) -> DemoArgumentError {
        let names = descriptor.parameters.map(\.name)
        return DemoArgumentError(
            Messages.text(
                "demos.argument.unknown-parameter",
                ["demo": descriptor.name, "name": name, "names": names.joined(separator: ", ")]),
            unknownParameter: name)
    }

    static func example(_ descriptor: DemoDescriptor) -> String {
        let parameter = descriptor.parameters[0]
        return "\(parameter.name)=\(parameter.defaultText)"
    }
}
