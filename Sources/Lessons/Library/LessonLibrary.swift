import Foundation

/// The lessons of a course, loaded from disk and checked, with everything found wrong.
public struct LessonLibrary: Sendable {
    /// Parsed lessons, sorted by order then id.
    public var lessons: [Lesson]
    /// Parse and lint diagnostics, sorted by file, line, column.
    public var diagnostics: [Diagnostic]

    /// Creates a library from lessons and diagnostics already at hand.
    public init(lessons: [Lesson], diagnostics: [Diagnostic]) {
        self.lessons = lessons
        self.diagnostics = diagnostics
    }

    /// How many diagnostics are errors; `spindle lint` fails when this is not zero.
    public var errorCount: Int {
        diagnostics.count { $0.severity == .error }
    }

    /// Loads every `*.md` file directly in each directory, and each file path given; unreadable paths become diagnostics. Never throws.
    ///
    /// `catalog` nil skips the checks against the demo catalogue, as in `LessonLinter`. Page
    /// heights are measured only with a `layout`, and labs explored only with a `labChecker`:
    /// rendering every page and exploring every lab cost seconds, which `lint` may spend and the
    /// tutor's start may not.
    public static func load(
        paths: [String], catalog: (any DemoSignatures)?, layout: (any PageLayout)? = nil,
        labChecker: (any LabChecking)? = nil
    ) -> LessonLibrary {
        let parsed = parseFiles(at: paths)
        // Sorted by file, so "the second file" in a clash is the same one on every run.
        return checked(
            parsed.lessons.sorted { $0.file < $1.file }, diagnostics: parsed.diagnostics,
            catalog: catalog, layout: layout, labChecker: labChecker)
    }

    /// The lessons of the files at `paths` (folders stand for the `*.md` files directly in them),
    /// parsed but not yet checked against each other.
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
    /// order. A clash is reported at the later of two lessons in the order given.
    static func checked(
        _ lessons: [Lesson], diagnostics: [Diagnostic], catalog: (any DemoSignatures)?,
        layout: (any PageLayout)?, labChecker: (any LabChecking)?
    ) -> LessonLibrary {
        let linter = LessonLinter(catalog: catalog, layout: layout, labChecker: labChecker)
        let all = diagnostics + linter.lint(lessons)
        return LessonLibrary(
            lessons: lessons.sorted { ($0.order, $0.id) < ($1.order, $1.id) },
            diagnostics: all.sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) })
    }

    /// The lesson whose id is `key`, or whose order number is `key` ("3", "03").
    public func lesson(matching key: String) -> Lesson? {
        let key = key.trimmingCharacters(in: .whitespaces)
        if let lesson = lessons.first(where: { $0.id == key.lowercased() }) { return lesson }
        return Int(key).flatMap { number in lessons.first { $0.order == number } }
    }
}
