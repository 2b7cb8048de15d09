import Messages

/// A lesson's id with the language of its translation folder (nil for an original): what an
/// overlay's lesson must share with a built-in one to replace it.
struct LessonKey: Hashable {
    let id: String
    let language: Language?

    init(id: String, file: String) {
        self.id = id
        language = TranslationFolder.language(ofFile: file)
    }

    init(_ lesson: Lesson) {
        self.init(id: lesson.id, file: lesson.file)
    }

    /// The built-in items an overlay leaves in place, for lessons and for their list entries
    /// alike: an overlay's item replaces the built-in one of its id and language, and a replaced
    /// original takes its built-in translations with it, since they translate a text no longer
    /// shown.
    static func kept<Item>(_ builtIn: [Item], under added: [Item], key: (Item) -> LessonKey) -> [Item] {
        let replaced = Set(added.map(key))
        let replacedOriginals = Set(replaced.filter { $0.language == nil }.map(\.id))
        return builtIn.filter { item in
            let itemKey = key(item)
            return !replaced.contains(itemKey) && !replacedOriginals.contains(itemKey.id)
        }
    }

    /// The translation that takes each original's place, by id, among `translations` into one
    /// language: the first of an id, the one lint keeps while it reports the others.
    static func replacements<Item>(_ translations: [Item], id: (Item) -> String) -> [String: Item] {
        Dictionary(translations.map { (id($0), $0) }, uniquingKeysWith: { first, _ in first })
    }
}
