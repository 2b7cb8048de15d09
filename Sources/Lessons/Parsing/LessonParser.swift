import Messages

/// Reads lesson files: YAML front matter followed by pages of markdown and special blocks.
public enum LessonParser {
    /// Parses one lesson file's text. Never throws: problems come back as diagnostics; the lesson is nil only when the front matter is unusable.
    ///
    /// - Parameters:
    ///   - text: The whole file.
    ///   - file: The path to name in diagnostics and `Lesson.file`; its leading number, if any,
    ///     is the lesson's order (`05-shared-memory.md`).
    /// - Returns: The lesson and every error and warning, sorted by position. Control characters
    ///   are removed from all text (with a warning each line), so nothing in a lesson can drive
    ///   the student's terminal.
    public static func parse(_ text: String, file: String) -> (lesson: Lesson?, diagnostics: [Diagnostic]) {
        guard text.utf8.count <= LessonLimits.fileBytes else {
            return (nil, [Self.tooLarge(file: file, bytes: text.utf8.count)])
        }
        let log = DiagnosticLog(file: file, source: SourceText(text))
        let (frontMatter, bodyStart) = FrontMatter.read(log)
        // The body is parsed even when the front matter is broken, so one lint run shows every
        // problem of the file.
        let language = frontMatter?.language ?? .english
        let session = ParseSession(log: log, language: language)
        let countBeforeBody = log.diagnostics.count
        var pages: [Page] = []
        if let bodyStart {
            let segments = FenceScanner.segments(lines: log.source.lines, from: bodyStart, log: log)
            pages = PageSplitter.pages(from: segments, session: session)
        }
        if let bodyStart, pages.isEmpty, log.diagnostics.count == countBeforeBody {
            // `bodyStart` is the 0-based index of the first body line, so the closing `---`'s number.
            log.error(
                Messages.text("lint.lesson.no-pages"),
                at: log.location(line: bodyStart, column: 1))
        }
        let diagnostics = log.diagnostics.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        guard let frontMatter, let id = frontMatter.id, let order = frontMatter.order else {
            return (nil, diagnostics)
        }
        var lesson = Lesson(
            id: id, title: frontMatter.title, summary: frontMatter.summary, order: order,
            requires: frontMatter.requires, locale: frontMatter.locale, file: file, pages: pages)
        lesson.locations = frontMatter.locations
        lesson.locations.demoNames = session.demoNameLocations
        lesson.locations.predictionResults = session.predictionResultLocations
        lesson.locations.choiceConditions = session.choiceConditionLocations
        lesson.locations.labs = session.labLocations
        return (lesson, diagnostics)
    }

    /// The one error for a file over the size limit, which is not parsed at all.
    static func tooLarge(file: String, bytes: Int) -> Diagnostic {
        Diagnostic(
            .error, file: file, line: 1, column: 1,
            Messages.text("lint.file.too-large", ["bytes": "\(bytes)", "limit": LessonLimits.fileSizeText])
        )
    }
}
