/// A lab's Python program, read from where its lesson keeps it, with the name that messages and
/// the lab screen give it.
public struct LabProgramText: Sendable, Equatable {
    /// The program, with line endings as Python reads them: `\r\n` and `\r` are `\n`, and a
    /// leading byte order mark is gone.
    public var text: String
    /// The program's file (`Lessons/labs/lost-update.py`, `<built-in>/labs/lost-update.py`), or
    /// the lesson's file for code written in the block.
    public var file: String
    /// Where the program's line 1, column 1 is in `file`: 1:1 for a file of its own, the start of
    /// the code for code written in a lesson.
    public var origin: SourceLocation

    /// Creates a program text.
    public init(text: String, file: String, origin: SourceLocation = SourceLocation(line: 1, column: 1)) {
        self.text = text
        self.file = file
        self.origin = origin
    }

    /// Where a position in `text` (1-based) is in `file`. Every line of code in a lesson is
    /// indented as much as its first, so one column offset serves all of them.
    public func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(line: origin.line + line - 1, column: origin.column + column - 1)
    }
}

/// Why a lab's program cannot be had: missing, unreadable, outside the lesson's folder, too
/// large or not UTF-8.
public struct LabProgramError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong and how to fix it, in one sentence that names the file.
    public var message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
