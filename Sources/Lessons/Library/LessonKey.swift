import Messages

/// A lesson's id with the language of its translation folder (nil for an original): what an
/// overlay's lesson must share with a built-in one to replace it.
struct LessonKey: Hashable {
    let id: String
    let language: Language?

    init(_ lesson: Lesson) {
        id = lesson.id
        language = TranslationFolder.language(ofFile: lesson.file)
    }
}
