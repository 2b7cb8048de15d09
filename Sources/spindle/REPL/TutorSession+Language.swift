import Lessons
import Messages
import TextRendering

extension TutorSession {
    /// `lang` names the language in use and the others; `lang TAG` switches lessons and messages
    /// to it at once, on the same lesson and page, and remembers it for the next start.
    func lang(_ argument: String) -> String {
        let others = Language.tags.map { "`lang \($0)`" }.joined(separator: ", ")
        guard !argument.isEmpty else {
            return Messages.text("lang.current", ["language": library.language.tag, "commands": others])
                + "\n"
        }
        guard let language = Language(tag: argument) else {
            return Messages.text(
                "lang.unknown", ["tag": TerminalText.sanitize(argument), "commands": others]) + "\n"
        }
        CurrentLanguage.set(language)
        replaceLibrary(library)
        record.language = language.tag
        var text = Messages.text("lang.switched", ["language": language.tag]) + "\n" + save()
        if let lesson = currentLesson {
            text += untranslatedNotice(for: lesson)
        }
        return text
    }

    /// One line saying the lesson is shown in English because it has no translation into the
    /// language in use; empty when it has one.
    func untranslatedNotice(for lesson: Lesson) -> String {
        guard library.untranslated.contains(lesson.id) else { return "" }
        return Messages.text("lang.untranslated", ["language": library.language.tag]) + "\n"
    }
}
