import Synchronization

/// The graphemes too long to keep inside a ``Glyph``, each stored once for the life of the
/// process. They come from trace text, which the timeline keeps in full anyway, so the table
/// grows no larger than the text it was drawn from.
final class LongGlyphs: Sendable {
    static let shared = LongGlyphs()

    private let table = Mutex<(texts: [String], indices: [String: Int])>(([], [:]))

    /// The index of `text`, added on first use.
    func index(of text: String) -> Int {
        table.withLock { table in
            if let index = table.indices[text] { return index }
            table.texts.append(text)
            table.indices[text] = table.texts.count - 1
            return table.texts.count - 1
        }
    }

    func text(at index: Int) -> String {
        table.withLock { $0.texts[index] }
    }
}
