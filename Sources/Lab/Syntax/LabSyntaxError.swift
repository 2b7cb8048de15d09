/// A lab program Spindle cannot run: outside the supported subset of Python, or not Python at
/// all. It reads as one line, `FILE:LINE:COL: MESSAGE`, in the style of `spindle lint`; the
/// message names the construct and says what is supported instead.
public struct LabSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var position: SourcePosition
    public var message: String

    public init(file: String, position: SourcePosition, message: String) {
        self.file = file
        self.position = position
        self.message = message
    }

    public var description: String { "\(file):\(position.line):\(position.column): \(message)" }
}
