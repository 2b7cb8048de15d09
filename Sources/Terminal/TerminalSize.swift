internal import CTerminal

/// The columns and rows of a terminal.
public struct TerminalSize: Equatable, Sendable {
    /// Characters per row.
    public let columns: Int
    /// Rows on the screen.
    public let rows: Int

    /// A size of `columns` by `rows`.
    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    /// The size of the terminal on `descriptor`, or nil when it is not a terminal or does not
    /// say (a size of zero).
    public static func of(_ descriptor: Int32) -> TerminalSize? {
        var columns: Int32 = 0
        var rows: Int32 = 0
        guard cterm_window_size(descriptor, &columns, &rows) == 0 else { return nil }
        return TerminalSize(columns: Int(columns), rows: Int(rows))
    }
}
