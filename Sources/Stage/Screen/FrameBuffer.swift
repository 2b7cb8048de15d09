import TextRendering

/// A frame of the animation as a grid of cells: what views draw into and what the diff compares.
///
/// Drawing clips at the edges and never splits a wide character: one that would straddle the
/// right edge (or a clip limit) is replaced by a space, so the terminal's idea of the cursor
/// column never drifts from the buffer's.
public struct FrameBuffer: Hashable, Sendable {
    /// Columns.
    public private(set) var width: Int
    /// Rows.
    public private(set) var height: Int
    /// Row-major cells, `width * height` of them.
    public private(set) var cells: [Cell]

    /// A blank frame of the given size (negative sizes count as zero).
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// Makes this a blank frame of the given size, reusing its storage: a player draws every
    /// frame into one of two buffers rather than allocating 12,000 cells 30 times a second.
    public mutating func reset(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        let count = self.width * self.height
        if cells.count != count {
            cells.removeAll(keepingCapacity: true)
            cells.append(contentsOf: repeatElement(.blank, count: count))
        } else {
            cells.withUnsafeMutableBufferPointer { $0.update(repeating: .blank) }
        }
    }

    /// The cell at column `x`, row `y` (both from 0); a blank cell outside the frame.
    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < width, y < height else { return .blank }
        return cells[y * width + x]
    }

    /// Writes `text` from column `x` on row `y`, at most `limit` columns wide (default: to the
    /// right edge); returns the columns used. Control characters are shown as `?`: callers pass
    /// sanitised text, and a raw escape must never reach the terminal through a cell.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: TextStyle = .plain, limit: Int? = nil)
        -> Int
    {
        guard y >= 0, y < height, x < width else { return 0 }
        let end = min(width, limit.map { x + max(0, $0) } ?? width)
        let style = Cell.styleBits(style)
        var column = x
        for character in text {
            let columns = DisplayWidth.of(character)
            if columns == 0 { continue }
            if column + columns > end {
                if column < end, column >= 0 {
                    set(Cell(glyph: .space, look: 1 << 16 | style), x: column, y: y)
                }
                column = end
                break
            }
            if column >= 0 {
                let glyph = character.isControlLike ? Glyph(ascii: UInt8(ascii: "?")) : Glyph(character)
                set(Cell(glyph: glyph, look: UInt64(columns) << 16 | style), x: column, y: y)
                if columns == 2 { set(.continuation, x: column + 1, y: y) }
            }
            column += columns
        }
        return max(0, column - x)
    }

    /// ``put(_:x:y:style:limit:)`` for text the caller knows to be printable ASCII, one column
    /// per byte: no grapheme breaking, no width lookup, no cell made per character.
    @discardableResult
    mutating func put(ascii text: String, x: Int, y: Int, style: TextStyle, limit: Int) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let end = min(width, x + max(0, limit))
        let look = Cell.look(width: 1, style: style)
        var column = x
        for byte in text.utf8 {
            guard column < end else { break }
            if column >= 0 { set(Cell(glyph: Glyph(ascii: byte), look: look), x: column, y: y) }
            column += 1
        }
        return max(0, column - x)
    }

    /// Fills `count` columns from `x` on row `y` with `character`. As in ``put(_:x:y:style:limit:)``
    /// a control character shows as `?`; one that is not one column wide fills with spaces, so
    /// the terminal's columns never drift from the buffer's.
    public mutating func fill(_ character: Character, x: Int, y: Int, count: Int, style: TextStyle = .plain) {
        fill(Self.fillCell(character, style: style), x: x, y: y, count: count)
    }

    /// The cell ``fill(_:x:y:count:style:)`` repeats: `character`, `?` for a control, or a
    /// space when it is not one column wide. Views that fill often make theirs once.
    static func fillCell(_ character: Character, style: TextStyle) -> Cell {
        let glyph =
            character.isControlLike
            ? Glyph(ascii: UInt8(ascii: "?"))
            : (character.isASCII || DisplayWidth.of(character) == 1 ? Glyph(character) : .space)
        return Cell(glyph: glyph, look: Cell.look(width: 1, style: style))
    }

    /// Fills `count` columns from `x` on row `y` with `cell`, which is one column wide.
    mutating func fill(_ cell: Cell, x: Int, y: Int, count: Int) {
        guard count > 0, y >= 0, y < height, x < width else { return }
        let start = max(0, x)
        let end = max(start, min(width, x + count))
        guard start < end else { return }
        let row = y * width
        let width = width
        cells.withUnsafeMutableBufferPointer { cells in
            // Only the ends can cut a wide character in half; its other half is blanked, as
            // `set` does one cell at a time.
            if cells[row + start].isContinuation, start > 0 { cells[row + start - 1] = .blank }
            if cells[row + end - 1].width == 2, end < width { cells[row + end] = .blank }
            cells[(row + start)..<(row + end)].update(repeating: cell)
        }
    }

    /// Copies `other` in with its top-left corner at column `x`, row `y`, clipped to this frame;
    /// a wide character cut in half by the clip becomes a space.
    public mutating func draw(_ other: FrameBuffer, x: Int, y: Int) {
        for row in 0..<other.height where y + row >= 0 && y + row < height {
            for column in 0..<other.width where x + column >= 0 && x + column < width {
                var cell = other[column, row]
                let firstHalfClipped = cell.isContinuation && (column == 0 || x + column - 1 < 0)
                let secondHalfClipped = cell.width == 2 && x + column + 1 >= width
                if firstHalfClipped || secondHalfClipped { cell = Cell(" ", style: cell.style) }
                set(cell, x: x + column, y: y + row)
            }
        }
    }

    /// The frame as plain lines without styles, trailing spaces trimmed: what golden tests compare.
    public var plainLines: [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width {
                let cell = self[column, row]
                if !cell.isContinuation { line += cell.text }
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    private mutating func set(_ cell: Cell, x: Int, y: Int) {
        let index = y * width + x
        cells.withUnsafeMutableBufferPointer { cells in
            // Overwriting half of a wide character blanks its other half.
            let old = cells[index].look & Cell.widthBits
            if old == 2 << 16, x + 1 < width { cells[index + 1] = .blank }
            if old == 0, x > 0 { cells[index - 1] = .blank }
            cells[index] = cell
        }
    }
}

extension Character {
    /// C0 and C1 controls and DEL, which must never be drawn raw.
    var isControlLike: Bool {
        unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    }
}
