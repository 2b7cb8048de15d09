/// Lays out completion candidates in columns, filled top to bottom like `ls`.
public enum CompletionListing {
    /// The candidates as lines no wider than `width` terminal columns, each
    /// ending in a newline. A candidate wider than `width` gets a line of its own.
    public static func render(_ candidates: [String], width: Int) -> String {
        guard !candidates.isEmpty else { return "" }
        let gap = 2
        let widths = candidates.map(displayWidth)
        let columnWidth = (widths.max() ?? 0) + gap
        // The last column needs no trailing gap.
        let columns = max(1, (width + gap) / columnWidth)
        let rows = (candidates.count + columns - 1) / columns
        var text = ""
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < candidates.count else { break }
                if !line.isEmpty {
                    line += String(repeating: " ", count: columnWidth - widths[index - rows])
                }
                line += candidates[index]
            }
            text += line + "\n"
        }
        return text
    }

    /// Terminal columns occupied by `text`: East Asian wide and fullwidth
    /// characters take two, combining marks and zero-width characters none.
    /// An approximation of wcwidth(3) that does not depend on the C locale.
    public static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    private static func width(of scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return 0
        default:
            break
        }
        return wideRanges.contains { $0.contains(scalar.value) } ? 2 : 1
    }

    /// The main East Asian Wide (W) and Fullwidth (F) blocks, plus emoji.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, // Hangul Jamo initials
        0x2E80...0x303E, // CJK radicals, punctuation
        0x3041...0x33FF, // Kana, Bopomofo, CJK compatibility
        0x3400...0x4DBF, // CJK extension A
        0x4E00...0x9FFF, // CJK unified ideographs
        0xA000...0xA4CF, // Yi
        0xAC00...0xD7A3, // Hangul syllables
        0xF900...0xFAFF, // CJK compatibility ideographs
        0xFE30...0xFE4F, // CJK compatibility forms
        0xFF00...0xFF60, // Fullwidth forms
        0xFFE0...0xFFE6, // Fullwidth signs
        0x1F300...0x1F64F, // Pictographs, emoticons
        0x1F900...0x1F9FF, // Supplemental symbols and pictographs
        0x20000...0x3FFFD, // CJK extensions B onwards
    ]
}
