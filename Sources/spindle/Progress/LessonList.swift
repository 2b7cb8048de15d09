import Lessons
import TextRendering

/// The course at a glance: number, id, title and progress of every lesson, as `lessons` shows
/// it in the tutor and on the command line.
struct LessonList {
    let record: ProgressRecord
    /// The id of the lesson the student has open, marked `>`.
    let current: String?

    /// One line per lesson, then how to start one. A lesson's pages are parsed only for a row
    /// that counts them: a lesson begun and not done, or one that may have labs.
    func text(_ lessons: [some ListedLesson], course: CourseSource) -> String {
        guard let first = lessons.first else {
            return "no lessons in \(course); add files there or pass --lessons DIR\n"
        }
        let idWidth = lessons.map { DisplayWidth.of($0.id) }.max() ?? 0
        var lines: [String] = []
        for lesson in lessons {
            let progress = record[lesson: lesson.id]
            let countsPages = progress.isStarted && !progress.completed
            let parsed = countsPages || lesson.mayHaveLabs ? lesson.parsedLesson() : nil
            var marks: [String] = []
            if progress.completed {
                marks.append("✓ done")
            } else if progress.isStarted {
                marks.append("… \(progress.pagesSeen.count)/\(parsed?.pages.count ?? 0) pages")
            }
            if let parsed, let labs = record.labTally(of: parsed) { marks.append(labs) }
            let id = DisplayWidth.pad(lesson.id, toWidth: idWidth)
            let marker = current == lesson.id ? ">" : " "
            let line = "\(marker) \(TutorSession.number(lesson.order))  \(id)  \(lesson.title)"
            lines.append(([line] + marks).joined(separator: "  "))
        }
        lines.append("")
        lines.append("`open NUMBER` starts a lesson; `open \(first.order)` begins at the start.")
        return lines.map(TerminalText.sanitize).joined(separator: "\n") + "\n"
    }
}
