import TextRendering

/// Accumulates the bytes of one frame update while tracking the style the terminal is in,
/// so that an SGR sequence is sent only when the style actually changes.
///
/// It assumes the terminal starts with plain style: every update ends by resetting it.
struct FrameWriter {
    /// Whether styles are sent at all; without colour not a single SGR byte may appear.
    let color: Bool
    /// The bytes so far.
    private(set) var output = ""
    private var style = TextStyle.plain

    init(color: Bool) {
        self.color = color
        output.reserveCapacity(256)
    }

    /// Erases the screen. The style is reset first because erasing paints with the current
    /// attributes, and after an unknown screen the current attributes are unknown too.
    mutating func clear() {
        if color { output += TerminalControl.resetStyle }
        style = .plain
        output += TerminalControl.clearScreen
    }

    mutating func moveCursor(row: Int, column: Int) {
        output += TerminalControl.moveCursor(row: row, column: column)
    }

    /// Writes one cell (never a continuation: the wide cell before it already covered its column).
    mutating func write(_ cell: Cell) {
        if color, cell.style != style { setStyle(cell.style) }
        output += cell.text.unicodeScalars.contains { $0.isControlLike } ? "?" : cell.text
    }

    /// The finished update: style back to plain, cursor parked at the start of the last row.
    mutating func finish(lastRow: Int) -> String {
        if style != .plain { setStyle(.plain) }
        if lastRow >= 0 { moveCursor(row: lastRow, column: 0) }
        return output
    }

    /// Resets and sets in one sequence ("0;1;31") rather than undoing single attributes:
    /// shorter than two sequences and never leaves a stale attribute behind.
    private mutating func setStyle(_ newStyle: TextStyle) {
        output += "\u{1B}[0"
        for parameter in newStyle.sgrParameters {
            output += ";"
            output += parameter
        }
        output += "m"
        style = newStyle
    }
}

extension Unicode.Scalar {
    /// C0 and C1 controls and DEL: a cell filled with one must not smuggle it to the terminal.
    fileprivate var isControlLike: Bool {
        value < 0x20 || (0x7F...0x9F).contains(value)
    }
}
