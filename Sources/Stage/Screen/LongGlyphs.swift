import Foundation

/// The graphemes too long to keep inside a ``Glyph``, each stored once for the life of the
/// process. They come from trace text, which the timeline keeps in full anyway, so the table
/// grows no larger than the text it was drawn from.
///
/// Guarded by an `NSLock`, not `Synchronization.Mutex`: a contended `Mutex` waits in the kernel,
/// out of ThreadSanitizer's sight, so TSan would report the accesses it orders as races.
final class LongGlyphs: @unchecked Sendable {
    static let shared = LongGlyphs()

    private let lock = NSLock()
    // `table` is only touched with `lock` held.
    private var table: (texts: [String], indices: [String: Int]) = ([], [:])

    /// The index of `text`, added on first use.
    func index(of text: String) -> Int {
        lock.withLock {
            if let index = table.indices[text] { return index }
            table.texts.append(text)
            table.indices[text] = table.texts.count - 1
            return table.texts.count - 1
        }
    }

    func text(at index: Int) -> String {
        lock.withLock { table.texts[index] }
    }
}
