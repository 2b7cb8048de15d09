/// Python's `TypeError`, with its message.
struct PythonTypeError: Error, CustomStringConvertible {
    /// What Python says after `TypeError: `.
    let description: String

    init(_ message: String) {
        description = message
    }
}
