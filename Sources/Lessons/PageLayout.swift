/// How the tutor prints a page, for lint's checks that a page fits the student's screen. The
/// renderer lives in a module `Lessons` must not depend on, so the executable, which has both,
/// hands its measurement in, as it does the demo catalogue.
public protocol PageLayout: Sendable {
    /// Terminal rows the page takes when the tutor prints it `columns` wide, footer included.
    func rows(of lesson: Lesson, pageIndex: Int, columns: Int) -> Int
    /// Display columns `text` takes on one line (wide characters count two).
    func columns(of text: String) -> Int
}

/// The screen lessons are written for: a page must fit 80x24, the last row being the prompt.
public enum LessonScreen {
    /// Columns of the smallest terminal a lesson must read well in.
    public static let columns = 80
    /// Rows a page may take: the screen's 24 less the prompt's.
    public static let pageRows = 23
    /// Columns a code line may take: the page's 80 less the code block's margins.
    public static let codeColumns = 76
}
