/// Accumulates the bytes of one frame update while tracking the style the terminal is in,
/// so that an SGR sequence is sent only when the style actually changes.
///
/// It assumes the terminal starts with plain style: every update ends by resetting it.
struct FrameWriter {
    /// Whether styles are sent at all; without colour not a single SGR byte may appear.
    let color: Bool
    /// The bytes so far; the caller's buffer, so its capacity carries over from frame to frame.
    var output: [UInt8]
    /// The terminal's style, packed as in ``Cell/look``.
    private var style: UInt64 = 0

    init(color: Bool, output: [UInt8]) {
        self.color = color
        self.output = output
    }

    /// Erases the screen. The style is reset first because erasing paints with the current
    /// attributes, and after an unknown screen the current attributes are unknown too.
    mutating func clear() {
        if color { append(TerminalControl.resetStyle) }
        style = 0
        append(TerminalControl.clearScreen)
    }

    /// Scrolls rows `top...bottom` (from 0) up by `count`, blank rows coming in at the bottom:
    /// the terminal moves the rows it already shows, so they need not be sent again. The scroll
    /// region is set only for this and reset before anything else is written, so that no later
    /// byte, and no way out of the player, can meet a terminal with a region still set.
    ///
    /// Line feeds at the region's bottom margin do the scrolling: every terminal since the
    /// VT100 has them, unlike `CSI S`. The new rows are painted in the current style, which is
    /// plain before the first cell of an update.
    mutating func scroll(top: Int, bottom: Int, by count: Int) {
        append(TerminalControl.setScrollRegion(top: top, bottom: bottom))
        moveCursor(row: bottom, column: 0)
        output.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: count))
        append(TerminalControl.resetScrollRegion)
    }

    /// Cursor position (CUP) for 0-based `row` and `column`, as ``TerminalControl/moveCursor(row:column:)``.
    mutating func moveCursor(row: Int, column: Int) {
        output.append(0x1B)
        output.append(UInt8(ascii: "["))
        appendDecimal(row + 1)
        output.append(UInt8(ascii: ";"))
        appendDecimal(column + 1)
        output.append(UInt8(ascii: "H"))
    }

    /// Writes one cell (never a continuation: the wide cell before it already covered its column).
    mutating func write(_ cell: Cell) {
        let cellStyle = cell.look & ~Cell.widthBits
        if color, cellStyle != style { setStyle(cellStyle) }
        let bits = cell.glyph.bits
        if bits >= 0x20, bits < 0x7F {
            output.append(UInt8(truncatingIfNeeded: bits))
        } else if cell.glyph.isControlLike {
            output.append(UInt8(ascii: "?"))
        } else {
            cell.glyph.appendUTF8(to: &output)
        }
    }

    /// Ends the update: style back to plain, cursor parked at the start of the last row.
    mutating func finish(lastRow: Int) {
        if style != 0 { setStyle(0) }
        if lastRow >= 0 { moveCursor(row: lastRow, column: 0) }
    }

    mutating func append(_ text: String) {
        output.append(contentsOf: text.utf8)
    }

    /// Resets and sets in one sequence ("0;1;31") rather than undoing single attributes:
    /// shorter than two sequences and never leaves a stale attribute behind. The order is
    /// ``TextStyle``'s `sgrParameters`.
    private mutating func setStyle(_ newStyle: UInt64) {
        output.append(0x1B)
        output.append(UInt8(ascii: "["))
        output.append(UInt8(ascii: "0"))
        // Bold, dim, italic, underline, inverse: the attribute bits of ``Cell/look`` in order.
        for (bit, parameter) in zip(0..<5, [1, 2, 3, 4, 7]) where newStyle >> bit & 1 != 0 {
            output.append(UInt8(ascii: ";"))
            appendDecimal(parameter)
        }
        let foreground = Int(newStyle >> 8 & 0xFF)
        if foreground != 0 {
            output.append(UInt8(ascii: ";"))
            appendDecimal(foreground)
        }
        output.append(UInt8(ascii: "m"))
        style = newStyle
    }

    private mutating func appendDecimal(_ value: Int) {
        if value >= 10 { appendDecimal(value / 10) }
        output.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value % 10))
    }
}
