import Foundation
import Messages

/// The lessons of a course, loaded from disk and checked, with everything found wrong.
public struct LessonLibrary: Sendable {
    /// Parsed lessons, sorted by order then id.
    public internal(set) var lessons: [Lesson]
    /// Parse and lint diagnostics, sorted by file, line, column.
    public var diagnostics: [Diagnostic]
    /// The translations of ``lessons`` found in translation folders, sorted as ``lessons``; each
    /// shares its original's id, and ``inLanguage(_:)`` puts it in the original's place.
    public internal(set) var translations: [Lesson]
    /// Ids of ``lessons`` shown in English because the language asked for has no translation of
    /// them; set by ``inLanguage(_:)``.
    public internal(set) var untranslated: Set<String> = []
    /// The language ``lessons`` are in where a translation allows; set by ``inLanguage(_:)``.
    public internal(set) var language = Language.english
    /// The lessons as written, before ``inLanguage(_:)`` put translations in their place.
    let originals: [Lesson]

    /// Creates a library from lessons and diagnostics already at hand.
    public init(lessons: [Lesson], diagnostics: [Diagnostic], translations: [Lesson] = []) {
        self.lessons = lessons
        self.diagnostics = diagnostics
        self.translations = translations
        originals = lessons
    }

    /// How many diagnostics are errors; `spindle lint` fails when this is not zero.
    public var errorCount: Int {
        diagnostics.count { $0.severity == .error }
    }

    /// Loads every `*.md` file directly in each directory and its translation folders, and each
    /// file path given; unreadable paths become diagnostics. Never throws.
    ///
    /// `catalog` nil skips the checks against the demo catalogue, as in `LessonLinter`. Page
    /// heights are measured only with a `layout`, and labs explored only with a `labChecker`:
    /// rendering every page and exploring every lab cost seconds, which `lint` may spend and the
    /// tutor's start may not. A translation given alone is compared with its original, read
    /// from the folder above it but not itself checked.
    public static func load(
        paths: [String], catalog: (any DemoSignatures)?, layout: (any PageLayout)? = nil,
        labChecker: (any LabChecking)? = nil
    ) -> LessonLibrary {
        let parsed = parseFiles(at: paths)
        let files = Set(parsed.lessons.map(\.file))
        let missingOriginals = parsed.lessons.filter { TranslationFolder.language(ofFile: $0.file) != nil }
            .map { TranslationFolder.originalFile(of: $0.file) }
            .filter { !files.contains($0) && FileManager.default.fileExists(atPath: $0) }
        let references = parseFiles(at: Array(Set(missingOriginals)).sorted()).lessons
        // Sorted by file, so "the second file" in a clash is the same one on every run.
        return checked(
            parsed.lessons.sorted { $0.file < $1.file }, diagnostics: parsed.diagnostics,
            catalog: catalog, layout: layout, labChecker: labChecker, references: references)
    }

    /// The lessons of the files at `paths` (folders stand for the `*.md` files directly in them
    /// and in their translation folders), parsed but not yet checked against each other.
    static func parseFiles(at paths: [String]) -> (lessons: [Lesson], diagnostics: [Diagnostic]) {
        let (files, findDiagnostics) = LessonFiles.find(in: paths)
        var diagnostics = findDiagnostics
        var parsed: [Lesson] = []
        for file in files {
            guard let text = LessonFiles.read(file, into: &diagnostics) else { continue }
            let result = LessonParser.parse(text, file: file)
            diagnostics += result.diagnostics
            if let lesson = result.lesson { parsed.append(lesson) }
        }
        return (parsed, diagnostics)
    }

    /// A library of `lessons`, linted as one course, with lessons and diagnostics in reading
    /// order. A clash is reported at the later of two lessons in the order given. Lessons in a
    /// translation folder become ``translations``, checked against their originals (among
    /// `lessons`, or else among `references`) rather than with the course.
    static func checked(
        _ lessons: [Lesson], diagnostics: [Diagnostic], catalog: (any DemoSignatures)?,
        layout: (any PageLayout)?, labChecker: (any LabChecking)?, references: [Lesson] = []
    ) -> LessonLibrary {
        let isTranslation = { (lesson: Lesson) in TranslationFolder.language(ofFile: lesson.file) != nil }
        let originals = lessons.filter { !isTranslation($0) }
        let translations = lessons.filter(isTranslation)
        let linter = LessonLinter(catalog: catalog, layout: layout, labChecker: labChecker)
        let all =
            diagnostics + linter.lint(originals)
            + linter.lint(translations: translations, of: originals, references: references)
        let readingOrder = { (a: Lesson, b: Lesson) in (a.order, a.id) < (b.order, b.id) }
        return LessonLibrary(
            lessons: originals.sorted(by: readingOrder),
            diagnostics: all.sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) },
            translations: translations.sorted(by: readingOrder))
    }

    /// The lesson whose id is `key`, or whose order number is `key` ("3", "03").
    public func lesson(matching key: String) -> Lesson? {
        let key = key.trimmingCharacters(in: .whitespaces)
        if let lesson = lessons.first(where: { $0.id == key.lowercased() }) { return lesson }
        return Int(key).flatMap { number in lessons.first { $0.order == number } }
    }
}
