extension LessonParser {
    /// The front matter of one lesson file, read as ``parse(_:file:)`` reads it, or nil exactly
    /// when that gives no lesson. Only the lines up to the end of the front matter are read.
    static func frontMatter(_ text: String, file: String) -> FrontMatter? {
        guard text.utf8.count <= LessonLimits.fileBytes else { return nil }
        let log = DiagnosticLog(file: file, source: SourceText(FrontMatter.head(of: text)))
        guard let frontMatter = FrontMatter.read(log).frontMatter, frontMatter.id != nil,
            frontMatter.order != nil
        else { return nil }
        return frontMatter
    }
}
