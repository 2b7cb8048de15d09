import TextRendering

/// Text helpers for the views, with a fast path for printable ASCII: almost everything a trace
/// names is ASCII, and a frame is redrawn many times a second.
enum ViewText {
    /// Trace text made safe to draw on one row: controls shown as pictures, newlines as spaces.
    static func singleLine(_ text: String) -> String {
        if isPrintableASCII(text) { return text }
        let safe = TerminalText.sanitize(text)
        guard safe.utf8.contains(0x0A) else { return safe }
        return String(safe.map { $0 == "\n" ? " " : $0 })
    }

    /// Display columns, without the per-character table lookups when every byte is one column.
    static func width(_ text: String) -> Int {
        isPrintableASCII(text) ? text.utf8.count : DisplayWidth.of(text)
    }

    /// `text` made exactly `width` columns: cut with `…` when too long, padded with spaces.
    static func fit(_ text: String, toWidth width: Int) -> String {
        guard isPrintableASCII(text) else { return DisplayWidth.fit(text, toWidth: width, ellipsis: "…") }
        let count = text.utf8.count
        if count <= width { return text + String(repeating: " ", count: width - count) }
        return width <= 0 ? "" : String(text.prefix(width - 1)) + "…"
    }

    /// `text` right-aligned in `width` columns; never shortened.
    static func pad(_ text: String, toWidth width: Int) -> String {
        guard isPrintableASCII(text) else { return DisplayWidth.pad(text, toWidth: width, alignment: .right) }
        return String(repeating: " ", count: max(0, width - text.utf8.count)) + text
    }

    /// `text` cut with `…` to at most `width` columns.
    static func truncate(_ text: String, toWidth width: Int) -> String {
        guard isPrintableASCII(text) else {
            return DisplayWidth.truncate(text, toWidth: width, ellipsis: "…")
        }
        if text.utf8.count <= width { return text }
        return width <= 0 ? "" : String(text.prefix(width - 1)) + "…"
    }

    static func isPrintableASCII(_ text: String) -> Bool {
        // Over the bytes in place: going through the UTF-8 view's iterator a byte at a time
        // was a twentieth of a frame, as every piece of text drawn is checked.
        text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        } ?? text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }
}
