/// A name and what it holds, in words: a global (`counter`, `0`) or a shared object
/// (`lock`, `Lock: held by Thread-1`).
public struct LabNamedValue: Sendable, Equatable {
    /// The name in the program.
    public var name: String
    /// The value as the student should read it (a repr, or an object's kind and state).
    public var value: String

    /// A named value.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
