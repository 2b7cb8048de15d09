import TextRendering

/// One column of the terminal: the grapheme drawn there and how it looks.
///
/// A double-width character (CJK, most emoji) occupies two cells: the first holds it with
/// ``width`` 2, the second is a ``continuation`` that is never drawn by itself, so that
/// positions in the buffer always equal terminal columns.
///
/// A cell is two words of plain bits (the grapheme inline, see ``Glyph``, and its width and
/// style packed), so a 12,000-cell frame is cleared, copied and compared without touching a
/// reference count, and two cells are equal exactly when their bits are.
public struct Cell: Hashable, Sendable {
    var glyph: Glyph
    /// Style attributes in bits 0-4, the foreground's SGR code in bits 8-15 (0 for none), the
    /// width in bits 16-23.
    var look: UInt64

    /// A cell holding `text` (one grapheme of display width 1 or 2).
    public init(_ text: String, width: Int = 1, style: TextStyle = .plain) {
        glyph = Glyph(text)
        look = Self.look(width: width, style: style)
    }

    init(glyph: Glyph, look: UInt64) {
        self.glyph = glyph
        self.look = look
    }

    /// An empty, unstyled cell.
    public static let blank = Cell(glyph: .space, look: look(width: 1, style: .plain))

    /// The right half of a wide character.
    public static let continuation = Cell(glyph: .empty, look: 0)

    /// The grapheme; a single space for an empty cell, empty for a continuation.
    public var text: String {
        get { glyph.text }
        set { glyph = Glyph(newValue) }
    }

    /// 1 for ordinary characters, 2 for wide ones, 0 for the continuation of a wide one.
    public var width: Int {
        get { Int(truncatingIfNeeded: look >> 16 & 0xFF) }
        set { look = look & ~Self.widthBits | UInt64(UInt8(clamping: newValue)) << 16 }
    }

    /// How it is drawn when colour is on.
    public var style: TextStyle {
        get { Self.style(of: look) }
        set { look = look & Self.widthBits | Self.styleBits(newValue) }
    }

    /// Whether this is the right half of a wide character.
    public var isContinuation: Bool { look & Self.widthBits == 0 }

    /// The bits of `look` that hold the width; the rest is the style.
    static let widthBits: UInt64 = 0xFF << 16

    /// The packed width and style, for drawing many cells in one style.
    static func look(width: Int, style: TextStyle) -> UInt64 {
        UInt64(UInt8(clamping: width)) << 16 | styleBits(style)
    }

    /// The style packed as in `look`.
    static func styleBits(_ style: TextStyle) -> UInt64 {
        var bits: UInt64 = 0
        if style.bold { bits |= 1 }
        if style.dim { bits |= 2 }
        if style.italic { bits |= 4 }
        if style.underline { bits |= 8 }
        if style.inverse { bits |= 16 }
        return bits | UInt64(style.foreground?.rawValue ?? 0) << 8
    }

    /// The style packed in `look`.
    static func style(of look: UInt64) -> TextStyle {
        TextStyle(
            bold: look & 1 != 0, dim: look & 2 != 0, italic: look & 4 != 0, underline: look & 8 != 0,
            inverse: look & 16 != 0, foreground: TextColor(rawValue: UInt8(truncatingIfNeeded: look >> 8)))
    }
}

extension Cell: CustomStringConvertible {
    /// As the cell's fields, so a failing comparison reads as it did when they were stored.
    public var description: String {
        "Cell(text: \(text.debugDescription), width: \(width), style: \(style))"
    }
}
