/// A lesson file with its front matter read and its pages parsed only when asked for.
///
/// Listing a course needs each lesson's id, title and order number, a few lines at the top of
/// its file; parsing every page of every lesson cost `spindle lessons` most of its time.
public struct LessonEntry: Sendable {
    /// The lesson's id, as ``Lesson/id``.
    public let id: String
    /// The lesson's title, as ``Lesson/title``.
    public let title: String
    /// The lesson's order number, as ``Lesson/order``.
    public let order: Int
    /// The path of the file, as ``Lesson/file`` names it.
    public let file: String
    private let text: String

    /// The entry for the file `text`, or nil when ``LessonParser/parse(_:file:)`` gives no lesson.
    init?(text: String, file: String) {
        guard let frontMatter = LessonParser.frontMatter(text, file: file), let id = frontMatter.id,
            let order = frontMatter.order
        else { return nil }
        self.id = id
        title = frontMatter.title
        self.order = order
        self.file = file
        self.text = text
    }

    /// The whole lesson, parsed now: the lesson ``LessonLibrary`` loads from this file.
    public func lesson() -> Lesson? {
        LessonParser.parse(text, file: file).lesson
    }

    /// False only when the lesson has no lab: no line of the file holds both a fence and the
    /// word `lab`, once the characters the parser removes are gone.
    public var mayHaveLabs: Bool {
        text.utf8.split(separator: UInt8(ascii: "\n")).contains { line in
            // Removing characters cannot make a fence, so most lines are passed over at once.
            guard line.contains(UInt8(ascii: "`")) || line.contains(UInt8(ascii: "~")) else { return false }
            let bytes = Self.cleaned(line)
            let lowered = bytes.map { (65...90).contains($0) ? $0 + 32 : $0 }
            return (Self.find("```", in: bytes) || Self.find("~~~", in: bytes))
                && Self.find("lab", in: lowered)
        }
    }

    /// The line's bytes without the characters ``SourceText`` removes; printable ASCII has none.
    private static func cleaned(_ line: Substring.UTF8View) -> [UInt8] {
        guard !line.allSatisfy({ (0x20...0x7E).contains($0) }) else { return Array(line) }
        let kept = String(decoding: line, as: UTF8.self).unicodeScalars.filter { !SourceText.isForbidden($0) }
        return Array(String(kept).utf8)
    }

    private static func find(_ pattern: String, in bytes: [UInt8]) -> Bool {
        let pattern = Array(pattern.utf8)
        guard bytes.count >= pattern.count else { return false }
        return (0...(bytes.count - pattern.count)).contains {
            bytes[$0..<$0 + pattern.count].elementsEqual(pattern)
        }
    }
}
