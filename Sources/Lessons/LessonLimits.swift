/// The largest lesson Spindle agrees to read. A lesson file is data from anywhere: without
/// bounds, a hostile or broken file costs minutes of work or the tutor's stack instead of one
/// line of explanation. Each limit is far above what a real lesson needs (the course's longest
/// file is under 20 kB, its longest line under 300 characters, its deepest nesting 2), and
/// docs/lesson-format.md lists them.
public enum LessonLimits {
    /// Bytes in one lesson file.
    public static let fileBytes = 1_048_576
    /// Characters in one line; the rest of a longer line is not read.
    public static let lineCharacters = 10_000
    /// Quotes and lists inside one another, counted together (`> - > text` is 3 deep).
    public static let nestingDepth = 8
    /// Pages (`## ` headings) in one lesson.
    public static let pages = 500
    /// The magnitude of any number a lesson writes (`order`, a quiz `answer`, a condition's
    /// bound): results are compared as doubles, which hold whole numbers exactly only up to
    /// 2^53, and this keeps every number well inside that and every sum of them inside `Int`.
    public static let numberMagnitude = 1_000_000_000_000

    /// "1 MB" for messages.
    static var fileSizeText: String { "\(fileBytes / 1_048_576) MB" }
}
