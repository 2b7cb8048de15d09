/// Foreground colours Stage uses: the eight-colour ANSI set minus black and
/// white (which vanish on dark or light backgrounds), plus gray, so that the
/// student's own terminal theme decides the exact shades.
public enum TextColor: UInt8, Sendable, Hashable {
    /// ANSI red (SGR 31).
    case red = 31
    /// ANSI green (SGR 32).
    case green = 32
    /// ANSI yellow (SGR 33).
    case yellow = 33
    /// ANSI blue (SGR 34).
    case blue = 34
    /// ANSI magenta (SGR 35).
    case magenta = 35
    /// ANSI cyan (SGR 36).
    case cyan = 36
    /// ANSI bright black (SGR 90), the conventional gray.
    case gray = 90
}

/// How a stretch of text looks. A value, so styles nest by ``merging(_:)``
/// (bold inside a link stays a link).
public struct TextStyle: Sendable, Hashable {
    /// Heavier weight (SGR 1).
    public var bold: Bool
    /// Fainter colour (SGR 2).
    public var dim: Bool
    /// Slanted text (SGR 3); some terminals show it as inverse or not at all.
    public var italic: Bool
    /// Underlined text (SGR 4).
    public var underline: Bool
    /// Swapped foreground and background (SGR 7).
    public var inverse: Bool
    /// Text colour, or `nil` for the terminal's default.
    public var foreground: TextColor?

    /// Creates a style; every attribute defaults to off.
    public init(
        bold: Bool = false, dim: Bool = false, italic: Bool = false,
        underline: Bool = false, inverse: Bool = false, foreground: TextColor? = nil
    ) {
        self.bold = bold
        self.dim = dim
        self.italic = italic
        self.underline = underline
        self.inverse = inverse
        self.foreground = foreground
    }

    /// The terminal's default look.
    public static let plain = TextStyle()

    /// This style with `inner`'s attributes added; `inner`'s colour wins,
    /// since the innermost markup is the most specific.
    public func merging(_ inner: TextStyle) -> TextStyle {
        TextStyle(
            bold: bold || inner.bold, dim: dim || inner.dim, italic: italic || inner.italic,
            underline: underline || inner.underline, inverse: inverse || inner.inverse,
            foreground: inner.foreground ?? foreground
        )
    }

    /// SGR parameters in a fixed order, so output is reproducible byte for byte.
    package var sgrParameters: [String] {
        var parameters: [String] = []
        if bold { parameters.append("1") }
        if dim { parameters.append("2") }
        if italic { parameters.append("3") }
        if underline { parameters.append("4") }
        if inverse { parameters.append("7") }
        if let foreground { parameters.append(String(foreground.rawValue)) }
        return parameters
    }
}

/// Turns styled text into terminal bytes.
///
/// Colour off must mean no escape byte at all, not just no colour: output may
/// go to a pipe, a file or a screen reader, and `NO_COLOR` users expect clean text.
public struct Styler: Sendable {
    /// Whether to emit ANSI SGR sequences.
    public let color: Bool

    /// Creates a styler that emits escapes only when `color` is true.
    public init(color: Bool) {
        self.color = color
    }

    /// `text` wrapped in the SGR sequence for `style` and a full reset.
    ///
    /// Each stretch resets everything after itself rather than undoing single
    /// attributes, so a line never leaks a style into the next one.
    public func apply(_ style: TextStyle, to text: String) -> String {
        let parameters = style.sgrParameters
        guard color, !parameters.isEmpty, !text.isEmpty else { return text }
        return "\u{1B}[" + parameters.joined(separator: ";") + "m" + text + "\u{1B}[0m"
    }
}

/// Layout and styling choices shared by all of Stage's renderers.
public struct RenderOptions: Sendable, Hashable {
    /// Terminal columns available; every rendered line fits in this many.
    /// At least 2, the narrowest width that still holds a wide character.
    public let width: Int
    /// Whether to style output with ANSI escapes.
    public let color: Bool

    /// Creates options; widths below 2 are raised to 2.
    public init(width: Int, color: Bool) {
        self.width = max(width, 2)
        self.color = color
    }
}
