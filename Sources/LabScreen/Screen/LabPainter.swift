import Stage
import TextRendering

/// A lab frame being drawn: styles are kept only when colour is on, so a colourless frame holds
/// plain cells only, and every write is clipped to the width it is given.
struct LabPainter {
    private(set) var frame: FrameBuffer
    let color: Bool

    init(width: Int, height: Int, color: Bool) {
        frame = FrameBuffer(width: width, height: height)
        self.color = color
    }

    var width: Int { frame.width }
    var height: Int { frame.height }

    /// Writes sanitised single-line `text` from column `x` on row `y`, at most `width` columns.
    @discardableResult
    mutating func put(_ text: String, x: Int, y: Int, width: Int, style: TextStyle = .plain) -> Int {
        guard width > 0 else { return 0 }
        return frame.put(text, x: x, y: y, style: color ? style : .plain, limit: width)
    }

    /// Fills `count` columns of row `y` from `x` with `character`.
    mutating func fill(_ character: Character = " ", x: Int, y: Int, count: Int, style: TextStyle = .plain) {
        frame.fill(character, x: x, y: y, count: count, style: color ? style : .plain)
    }

    /// A section heading, `── Globals ─────`, spanning `width` columns, as the stage draws its own.
    mutating func heading(_ label: String, detail: String = "", x: Int, y: Int, width: Int) {
        var used = put("── ", x: x, y: y, width: width, style: LabStyle.rule)
        used += put(label, x: x + used, y: y, width: width - used, style: LabStyle.heading)
        used += put(detail, x: x + used, y: y, width: width - used, style: LabStyle.muted)
        if used + 1 < width {
            fill("─", x: x + used + 1, y: y, count: width - used - 1, style: LabStyle.rule)
        }
    }
}

/// The styles of the lab screen.
enum LabStyle {
    static let title = TextStyle(bold: true, foreground: .cyan)
    static let heading = TextStyle(bold: true)
    static let rule = TextStyle(foreground: .gray)
    static let muted = TextStyle(foreground: .gray)
    static let runnable = TextStyle(bold: true, foreground: .green)
    static let blocked = TextStyle(bold: true, foreground: .red)
    static let finished = TextStyle(foreground: .gray)
    static let currentLine = TextStyle(bold: true)
    static let marker = TextStyle(bold: true, foreground: .yellow)
    static let won = TextStyle(bold: true, inverse: true, foreground: .green)
    static let ended = TextStyle(bold: true, foreground: .yellow)
    static let keys = TextStyle(inverse: true)
}
