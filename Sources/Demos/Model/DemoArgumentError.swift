/// A demo name or parameter the catalogue does not accept, explained in one line that names
/// the demo, the parameter and what is allowed.
public struct DemoArgumentError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The line to show.
    public let description: String

    /// An error with this line.
    public init(_ description: String) {
        self.description = description
    }

    static func unknownParameter(_ name: String, _ descriptor: DemoDescriptor) -> DemoArgumentError {
        let names = descriptor.parameters.map(\.name)
        let close = names.filter { $0.hasPrefix(name) || name.hasPrefix($0) }.first
        let hint = close.map { "; did you mean `\($0)`?" } ?? ""
        return DemoArgumentError(
            "demo `\(descriptor.name)` has no parameter `\(name)` (it takes \(names.joined(separator: ", ")))\(hint)")
    }

    static func example(_ descriptor: DemoDescriptor) -> String {
        let parameter = descriptor.parameters[0]
        return "\(parameter.name)=\(parameter.defaultText)"
    }
}
