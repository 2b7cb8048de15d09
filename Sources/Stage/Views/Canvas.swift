import TextRendering

/// A rectangle of the frame that one view owns.
struct Region: Hashable, Sendable {
    var x: Int
    var y: Int
    var width: Int
    var height: Int
}

/// A frame being drawn, with colour applied only when asked for, so that views can
/// always pass styles and a colourless frame still holds plain cells only.
struct Canvas {
    var frame: FrameBuffer
    let color: Bool
    /// The rows it may draw in, from the top: a player keeps the frame's last row for its status.
    let rows: Int

    /// A canvas over `frame`'s top `rows` rows, which takes the frame over until ``finish(into:)``
    /// gives it back, so that drawing never copies it.
    init(taking frame: inout FrameBuffer, rows: Int, color: Bool) {
        self.frame = FrameBuffer(width: 0, height: 0)
        swap(&self.frame, &frame)
        self.rows = min(rows, self.frame.height)
        self.color = color
    }

    /// Hands the frame back to where ``init(taking:rows:color:)`` took it from.
    mutating func finish(into frame: inout FrameBuffer) {
        swap(&self.frame, &frame)
    }

    /// Writes already-sanitised text, clipped to `limit` columns; returns the columns used.
    @discardableResult
    mutating func put(_ text: String, x: Int, y: Int, style: TextStyle = .plain, limit: Int) -> Int {
        guard y < rows else { return 0 }
        let style = color ? style : .plain
        // Printable ASCII is one column per byte, so the per-character width lookup and grapheme
        // breaking of `put` can be skipped; this is most of a frame's text and most of its cost.
        guard ViewText.isPrintableASCII(text) else {
            return frame.put(text, x: x, y: y, style: style, limit: limit)
        }
        return frame.put(ascii: text, x: x, y: y, style: style, limit: limit)
    }

    /// Writes a sequence of styled pieces left to right within `limit` columns.
    @discardableResult
    mutating func put(_ pieces: [(String, TextStyle)], x: Int, y: Int, limit: Int) -> Int {
        var used = 0
        for (text, style) in pieces where used < limit {
            used += put(text, x: x + used, y: y, style: style, limit: limit - used)
        }
        return used
    }

    /// Fills with a cell made beforehand (see ``FrameBuffer/fillCell(_:style:)``), its style
    /// dropped without colour.
    mutating func fill(_ cell: Cell, x: Int, y: Int, count: Int) {
        guard y < rows else { return }
        frame.fill(
            color ? cell : Cell(glyph: cell.glyph, look: cell.look & Cell.widthBits), x: x, y: y, count: count
        )
    }

    mutating func fill(_ character: Character, x: Int, y: Int, count: Int, style: TextStyle = .plain) {
        guard y < rows else { return }
        frame.fill(character, x: x, y: y, count: count, style: color ? style : .plain)
    }

    /// A section heading: a bold label followed by a rule to the region's right edge,
    /// so sections stay apart without spending blank rows.
    mutating func heading(_ label: String, detail: String = "", in region: Region) {
        let used = put(
            [("── ", ViewStyle.rule), (label, ViewStyle.heading), (detail, ViewStyle.muted)],
            x: region.x, y: region.y, limit: region.width)
        if used + 1 < region.width {
            fill(
                "─", x: region.x + used + 1, y: region.y, count: region.width - used - 1,
                style: ViewStyle.rule)
        }
    }
}

/// The styles the stage's views share.
enum ViewStyle {
    static let title = TextStyle(bold: true, foreground: .cyan)
    static let heading = TextStyle(bold: true)
    static let rule = TextStyle(foreground: .gray)
    static let muted = TextStyle(foreground: .gray)
    static let name = TextStyle(bold: true)
    static let owner = TextStyle(foreground: .green)
    static let waiter = TextStyle(foreground: .red)
    static let item = TextStyle(foreground: .yellow)
    static let result = TextStyle(bold: true, foreground: .magenta)
}
