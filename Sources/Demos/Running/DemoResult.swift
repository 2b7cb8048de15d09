/// One measured result: `result NAME=VALUE`.
public struct DemoResult: Sendable, Codable, Equatable {
    /// The result's name, as declared in the demo's descriptor.
    public let name: String
    /// The value as the demo formatted it.
    public let value: String

    /// Creates a result.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// What a demo's process hands back when it ends.
struct DemoReport: Sendable, Codable {
    var results: [DemoResult]
    var stopReason: String?
}
