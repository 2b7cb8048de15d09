import TextRendering

/// YAML folds a line break inside a value into a space. Chinese puts no spaces between words, so
/// a translator who breaks `explain: >` text between two Chinese characters would otherwise see
/// a stray space there on the page; the Markdown of a page joins such lines the same way.
enum WideTextFolding {
    /// `text` with each single space between two wide characters removed.
    static func unfolded(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }), text.contains(" ") else { return text }
        var result = ""
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if character == " ", DisplayWidth.joinsTight(result.last, characters.first) { continue }
            result.append(character)
        }
        return result
    }
}
