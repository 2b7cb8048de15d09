import TextRendering

/// One column of the terminal: the grapheme drawn there and how it looks.
///
/// A double-width character (CJK, most emoji) occupies two cells: the first holds it with
/// ``width`` 2, the second is a ``continuation`` that is never drawn by itself, so that
/// positions in the buffer always equal terminal columns.
public struct Cell: Hashable, Sendable {
    /// The grapheme; a single space for an empty cell, empty for a continuation.
    public var text: String
    /// 1 for ordinary characters, 2 for wide ones, 0 for the continuation of a wide one.
    public var width: Int
    /// How it is drawn when colour is on.
    public var style: TextStyle

    /// A cell holding `text` (one grapheme of display width 1 or 2).
    public init(_ text: String, width: Int = 1, style: TextStyle = .plain) {
        self.text = text
        self.width = width
        self.style = style
    }

    /// An empty, unstyled cell.
    public static let blank = Cell(" ")

    /// The right half of a wide character.
    public static let continuation = Cell("", width: 0)

    /// Whether this is the right half of a wide character.
    public var isContinuation: Bool { width == 0 }
}
