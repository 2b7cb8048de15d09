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
    private(set) var frame: FrameBuffer
    let color: Bool

    init(width: Int, height: Int, color: Bool) {
        frame = FrameBuffer(width: width, height: height)
        self.color = color
    }

    /// Writes already-sanitised text, clipped to `limit` columns; returns the columns used.
    @discardableResult
    mutating func put(_ text: String, x: Int, y: Int, style: TextStyle = .plain, limit: Int) -> Int {
        let style = color ? style : .plain
        guard text.utf8.allSatisfy({ (0x20..<0x7F).contains($0) }) else {
            return frame.put(text, x: x, y: y, style: style, limit: limit)
        }
        // Printable ASCII is one column per byte, so the per-character width lookup and grapheme
        // breaking of `put` can be skipped; this is most of a frame's text and most of its cost.
        guard y >= 0, y < frame.height, x < frame.width else { return 0 }
        let end = min(frame.width, x + max(0, limit))
        var column = x
        for byte in text.utf8 {
            guard column < end else { break }
            frame.fill(Character(Unicode.Scalar(byte)), x: column, y: y, count: 1, style: style)
            column += 1
        }
        return max(0, column - x)
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

    mutating func fill(_ character: Character, x: Int, y: Int, count: Int, style: TextStyle = .plain) {
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
