/// Marks the invisible parts of a prompt for libedit.
///
/// libedit measures the prompt to place the cursor; escape sequences take no
/// columns, so each one is bracketed by ``ignoreMarker`` (registered with
/// EL_PROMPT_ESC), which makes libedit emit it without counting it.
enum PromptMarkup {
    /// The bracketing character; never legitimately part of a prompt.
    static let ignoreMarker: Character = "\u{1}"

    /// `prompt` with every escape sequence (CSI such as SGR colours, OSC such
    /// as hyperlinks, and two-character escapes) bracketed by ``ignoreMarker``.
    static func marked(_ prompt: String) -> String {
        var result = ""
        var scalars = Array(prompt.unicodeScalars.filter { $0 != "\u{1}" })[...]
        while let scalar = scalars.first {
            guard scalar == "\u{1B}" else {
                result.unicodeScalars.append(scalar)
                scalars = scalars.dropFirst()
                continue
            }
            let length = escapeLength(scalars)
            result.append(ignoreMarker)
            result.unicodeScalars.append(contentsOf: scalars.prefix(length))
            result.append(ignoreMarker)
            scalars = scalars.dropFirst(length)
        }
        return result
    }

    /// Length in scalars of the escape sequence at the start of `scalars`.
    private static func escapeLength(_ scalars: ArraySlice<Unicode.Scalar>) -> Int {
        let body = scalars.dropFirst()
        guard let introducer = body.first else { return 1 }
        switch introducer {
        case "[":
            // CSI: parameter and intermediate bytes, then one final byte 0x40–0x7E.
            let rest = body.dropFirst()
            if let final = rest.firstIndex(where: { (0x40...0x7E).contains($0.value) }) {
                return final - scalars.startIndex + 1
            }
            return scalars.count
        case "]":
            // OSC: ends with BEL or ST (ESC \).
            var index = body.index(after: body.startIndex)
            while index < scalars.endIndex {
                if scalars[index] == "\u{7}" { return index - scalars.startIndex + 1 }
                if scalars[index] == "\u{1B}", index + 1 < scalars.endIndex, scalars[index + 1] == "\\" {
                    return index - scalars.startIndex + 2
                }
                index += 1
            }
            return scalars.count
        default:
            return 2
        }
    }
}
