/// Terminal column counts for characters and strings.
///
/// Widths come from the generated ``WidthTable`` rather than libc's `wcwidth`,
/// which Swift's Glibc module does not export and which predates most emoji.
/// Width is decided per `Character` (extended grapheme cluster) because that is
/// the unit a terminal draws: a flag or a ZWJ family is several scalars but one
/// two-column glyph.
public enum DisplayWidth {
    private static let variationSelector16: Unicode.Scalar = "\u{FE0F}"
    private static let zeroWidthJoiner: Unicode.Scalar = "\u{200D}"
    private static let regionalIndicators: ClosedRange<UInt32> = 0x1F1E6...0x1F1FF

    /// The number of terminal columns `c` occupies: 0, 1 or 2.
    ///
    /// Control characters count as 0; they must be escaped with
    /// ``TerminalText/sanitize(_:)`` before drawing anyway.
    public static func of(_ c: Character) -> Int {
        let scalars = c.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if isControl(first) { return 0 }
        if isEmojiCluster(scalars, first: first) { return 2 }
        if WidthTable.zeroWidth.contains(first) { return 0 }
        return WidthTable.wide.contains(first) ? 2 : 1
    }

    /// The number of terminal columns `s` occupies: the sum over its characters.
    public static func of<S: StringProtocol>(_ s: S) -> Int {
        s.reduce(0) { $0 + of($1) }
    }

    /// Whether a line ending in `last` and the next one starting with `first` join with no
    /// space between them: Chinese and Japanese put none between words, so a line break between
    /// two wide characters must not turn into one. Shared by Markdown paragraphs and folded YAML
    /// text so a page reads the same whichever of the two holds it.
    package static func joinsTight(_ last: Character?, _ first: Character?) -> Bool {
        guard let last, let first else { return false }
        return of(last) == 2 && of(first) == 2
    }

    /// The longest prefix of `s` that, followed by `ellipsis`, fits in `width`
    /// columns; `s` itself when it already fits.
    ///
    /// Cuts only between characters, so a wide character that would straddle
    /// the limit is dropped and the result may be one column short; use
    /// ``fit(_:toWidth:alignment:ellipsis:)`` for an exact width.
    public static func truncate<S: StringProtocol>(_ s: S, toWidth width: Int, ellipsis: String = "")
        -> String
    {
        if of(s) <= width { return String(s) }
        // No room at all: nothing fits, not even the ellipsis (and cutting it would never end).
        guard width > 0 else { return "" }
        let budget = width - of(ellipsis)
        guard budget >= 0 else { return truncate(ellipsis, toWidth: width) }
        var result = ""
        var used = 0
        for character in s {
            let columns = of(character)
            if used + columns > budget { break }
            result.append(character)
            used += columns
        }
        return result + ellipsis
    }

    /// `s` with spaces added to reach `width` columns; never shortens `s`.
    public static func pad<S: StringProtocol>(_ s: S, toWidth width: Int, alignment: TextAlignment = .left)
        -> String
    {
        let (before, after) = alignment.padding(max(0, width - of(s)))
        return String(repeating: " ", count: before) + s + String(repeating: " ", count: after)
    }

    /// `s` made exactly `width` columns wide: truncated (with `ellipsis`) when
    /// too long, then padded, so a wide character that does not fit becomes a space.
    public static func fit<S: StringProtocol>(
        _ s: S, toWidth width: Int, alignment: TextAlignment = .left, ellipsis: String = ""
    ) -> String {
        pad(truncate(s, toWidth: width, ellipsis: ellipsis), toWidth: width, alignment: alignment)
    }

    /// C0 controls, DEL and C1 controls: they move the cursor or start
    /// escape sequences rather than drawing anything.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// Whether the cluster is drawn as a two-column emoji even though its first
    /// scalar alone might be narrow (e.g. `❤` + VS16, keycaps, flags, ZWJ sequences).
    private static func isEmojiCluster(_ scalars: Character.UnicodeScalarView, first: Unicode.Scalar) -> Bool
    {
        var previous: Unicode.Scalar?
        var regionalIndicatorCount = 0
        for scalar in scalars {
            // A lone regional indicator is a letter-like symbol, not a flag,
            // although the data lists every one as Emoji_Presentation.
            if regionalIndicators.contains(scalar.value) {
                regionalIndicatorCount += 1
            } else if WidthTable.emojiPresentation.contains(scalar) {
                return true
            }
            if let previous {
                if scalar == variationSelector16 && WidthTable.emoji.contains(previous) { return true }
                if previous == zeroWidthJoiner && WidthTable.extendedPictographic.contains(scalar)
                    && WidthTable.extendedPictographic.contains(first)
                {
                    return true
                }
            }
            previous = scalar
        }
        return regionalIndicatorCount >= 2
    }
}

/// Where text sits when padded to a wider column.
public enum TextAlignment: Sendable, Hashable {
    /// Text first, padding after.
    case left
    /// Padding split evenly, the odd column going after the text.
    case center
    /// Padding first, text after.
    case right
}

extension TextAlignment {
    /// How `missing` columns of padding split before and after the text.
    func padding(_ missing: Int) -> (before: Int, after: Int) {
        switch self {
        case .left: (0, missing)
        case .center: (missing / 2, missing - missing / 2)
        case .right: (missing, 0)
        }
    }
}
