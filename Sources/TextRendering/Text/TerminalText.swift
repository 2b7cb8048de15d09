/// Makes untrusted text (lesson files, demo names, program output) safe to
/// print, so that it can never drive the student's terminal: no cursor
/// movement, no screen clearing, no OSC 52 clipboard writes, no title changes,
/// and no bidi tricks that make displayed code differ from the real code.
public enum TerminalText {
    /// Columns between tab stops when ``lines(_:tabWidth:)`` expands tabs.
    public static let defaultTabWidth = 4

    /// `s` with every control character replaced by a visible stand-in;
    /// newlines are kept.
    ///
    /// The scheme favours what a student can read and what keeps layout intact:
    /// - C0 controls and DEL become their Unicode Control Pictures (`ESC` → `␛`,
    ///   `BEL` → `␇`, `DEL` → `␡`): one column each, like a printable character,
    ///   and unambiguous, unlike caret notation (`^[` could be literal text).
    /// - C1 controls and bidi formatting characters, which have no picture,
    ///   become `<U+009B>`-style code point names.
    ///
    /// Replacing the introducer (`ESC`, C1 `CSI`/`OSC`, ...) is enough to defuse
    /// an escape sequence: its remaining bytes are printable and stay as text,
    /// e.g. `ESC [ 2 J` shows as `␛[2J`. Tabs are replaced too (as `␉`), since
    /// their width depends on the cursor column; expand them first, as
    /// ``lines(_:tabWidth:)`` does.
    public static func sanitize(_ s: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0x0A:
                result.append(scalar)
            case 0x00..<0x20:
                result.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F:
                result.append("\u{2421}")
            case 0x80...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                result.append(contentsOf: codePointName(scalar).unicodeScalars)
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// `s` split into sanitized lines: `\n`, `\r\n` and a trailing newline are
    /// line ends, and tabs are expanded to spaces at `tabWidth`-column stops
    /// before sanitizing, because only here is the column of each tab known.
    public static func lines(_ s: String, tabWidth: Int = defaultTabWidth) -> [String] {
        var lines: [String] = []
        var current = ""
        // Scalars, not Characters: "\r\n" is a single Character in Swift.
        var scalars = s.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar {
            case "\r" where pending == "\n":
                continue
            case "\n":
                lines.append(sanitize(current))
                current = ""
            case "\t":
                // Measured as it will be drawn: each sanitized control is one column.
                let column = DisplayWidth.of(sanitize(current))
                current += String(repeating: " ", count: tabWidth - column % tabWidth)
            default:
                current.unicodeScalars.append(scalar)
            }
        }
        if !current.isEmpty { lines.append(sanitize(current)) }
        return lines
    }

    private static func codePointName(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }
}
