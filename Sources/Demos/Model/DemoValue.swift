/// A parameter value once parsed.
public enum DemoValue: Sendable, Equatable, Codable, CustomStringConvertible {
    /// A whole number.
    case integer(Int)
    /// A number.
    case decimal(Double)
    /// On or off.
    case flag(Bool)
    /// One of a parameter's words.
    case word(String)

    /// The value as a student would type it: `0.5`, `2`, `on`.
    public var description: String {
        switch self {
        case .integer(let number): String(number)
        case .decimal(let number):
            number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .flag(let on): on ? "on" : "off"
        case .word(let word): word
        }
    }

    static let flagWords: [String: Bool] = [
        "on": true, "true": true, "yes": true, "1": true,
        "off": false, "false": false, "no": false, "0": false,
    ]
}
