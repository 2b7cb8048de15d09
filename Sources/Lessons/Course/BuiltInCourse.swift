import Foundation

/// The course that ships inside the program: the files of the repository's `Lessons/` folder,
/// compiled in by `Tools/embed-lessons.py`, so an installed binary teaches without a checkout.
package enum BuiltInCourse {
    /// One file of the course, by its path relative to `Lessons/`.
    package struct File: Sendable {
        package let path: String
        package let text: String
    }

    /// What diagnostics and `Lesson.file` call the course's folder. No path on disk can be
    /// mistaken for it, so an instructor reading `<built-in>/03-pipes.md:4:1: error: ...` knows
    /// the fix belongs in `Lessons/` and a regenerated build, not in a file at hand.
    package static let folderName = "<built-in>"

    /// The lesson files, as the loader reads a folder: the `*.md` files directly inside it and
    /// inside its translation folders.
    static var lessonFiles: [File] {
        files.filter { file in
            guard LessonFiles.isLessonName((file.path as NSString).lastPathComponent) else { return false }
            let folder = (file.path as NSString).deletingLastPathComponent
            return folder.isEmpty || TranslationFolder.language(ofFolder: folder) != nil
        }
    }

    /// The course's lessons, parsed, with anything wrong in them.
    static func parsed() -> (lessons: [Lesson], diagnostics: [Diagnostic]) {
        var lessons: [Lesson] = []
        var diagnostics: [Diagnostic] = []
        for file in lessonFiles {
            let result = LessonParser.parse(file.text, file: folderName + "/" + file.path)
            diagnostics += result.diagnostics
            if let lesson = result.lesson { lessons.append(lesson) }
        }
        return (lessons, diagnostics)
    }
}
