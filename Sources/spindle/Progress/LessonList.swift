import Dispatch
import Lessons
import Messages
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
            return Messages.text("lessons.none", ["course": "\(course)"]) + "\n"
        }
        let idWidth = lessons.map { DisplayWidth.of($0.id) }.max() ?? 0
        let parsedLessons = parsed(lessons)
        var lines: [String] = []
        for (lesson, parsed) in zip(lessons, parsedLessons) {
            let progress = record[lesson: lesson.id]
            var marks: [String] = []
            if progress.completed {
                marks.append(Messages.text("lessons.mark.done"))
            } else if progress.isStarted {
                marks.append(
                    Messages.text(
                        "lessons.mark.pages",
                        ["seen": "\(progress.pagesSeen.count)", "total": "\(parsed?.pages.count ?? 0)"]))
            }
            if let parsed, let labs = record.labTally(of: parsed) { marks.append(labs) }
            let id = DisplayWidth.pad(lesson.id, toWidth: idWidth)
            let marker = current == lesson.id ? ">" : " "
            let line = "\(marker) \(TutorSession.number(lesson.order))  \(id)  \(lesson.title)"
            lines.append(([line] + marks).joined(separator: "  "))
        }
        lines.append("")
        lines.append(Messages.text("lessons.footer", ["order": "\(first.order)"]))
        return lines.map(TerminalText.sanitize).joined(separator: "\n") + "\n"
    }

    /// Each lesson parsed if its row counts pages or labs, else nil. The parses are independent
    /// and a lesson with labs takes milliseconds, so they run side by side, one thread a core.
    private func parsed(_ lessons: [some ListedLesson]) -> [Lesson?] {
        let needed = lessons.indices.filter { index in
            let progress = record[lesson: lessons[index].id]
            return (progress.isStarted && !progress.completed) || lessons[index].mayHaveLabs
        }
        let slots = Slots(count: lessons.count)
        defer { slots.buffer.deinitialize().deallocate() }
        DispatchQueue.concurrentPerform(iterations: needed.count) { slot in
            slots.buffer[needed[slot]] = lessons[needed[slot]].parsedLesson()
        }
        return Array(slots.buffer)
    }
}

/// One parsed lesson, or nil, per row. Each iteration of the parse writes its own slot, and
/// the slots are read only once every iteration has ended, so no two threads share one.
private struct Slots: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Lesson?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }
}
