/// A global of a lab program that holds a plain value (int, bool, str, None or a tuple), as the
/// lab's screen lists it.
public struct LabVariableView: Hashable, Sendable {
    public var name: String
    /// Python's `repr` of the value: `0`, `'done'`, `(1, 2)`.
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
