import Lessons
import Stage
import TextRendering

/// Lint measures a page as the tutor prints it: the same page view, for a student who has not
/// answered its questions yet. Without colour, headings are underlined with a rule of their own,
/// so the page is taken in both modes and the taller counts: it must fit either way.
extension CatalogDemoSignatures: PageLayout {
    func rows(of lesson: Lesson, pageIndex: Int, columns: Int) -> Int {
        let view = PageView(lesson: lesson, pageIndex: pageIndex, progress: LessonProgress(), catalog: self)
        return [false, true].map { color in
            view.render(options: RenderOptions(width: columns, color: color)).split(
                separator: "\n", omittingEmptySubsequences: false
            ).count - 1
        }.max() ?? 0
    }

    func columns(of text: String) -> Int {
        DisplayWidth.of(text)
    }
}
