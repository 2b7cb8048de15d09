import Lessons
import Testing

@testable import spindle

/// `spindle lessons` lists the course from front matter alone, and shows what the tutor's
/// `lessons` shows from the loaded lessons.
@Suite("Lesson list")
struct LessonListTests {
    // Loaded once, not once per test: Swift Testing makes a suite instance for every test.
    static let library = LessonLibrary.load(course: .builtIn(overlay: nil), catalog: nil)

    /// Progress in every state a row can show: begun, done, and labs won, proved or only played.
    static var record: ProgressRecord {
        var record = ProgressRecord()
        let lessons = library.lessons
        record[lesson: lessons[1].id].pagesSeen = [0, 1]
        record[lesson: lessons[2].id].pagesSeen = [0]
        record[lesson: lessons[2].id].completed = true
        for lesson in lessons where !lesson.labs.isEmpty {
            record[lesson: lesson.id].pagesSeen = [0]
            record[lesson: lesson.id].labs[lesson.labs[0].id] = LabProgress(
                won: true, fewestSteps: 4, plays: 1)
            if lesson.labs.count > 2 {
                record[lesson: lesson.id].labs[lesson.labs[1].id] = LabProgress(proved: true, plays: 1)
                record[lesson: lesson.id].labs[lesson.labs[2].id] = LabProgress(plays: 3)
            }
        }
        return record
    }

    @Test("the list from front matter is the list from the loaded lessons")
    func entriesListAsLessons() {
        let list = LessonList(record: Self.record, current: nil)
        let course = CourseSource.builtIn(overlay: nil)
        let fromEntries = list.text(LessonLibrary.entries(of: course), course: course)
        #expect(fromEntries == list.text(Self.library.lessons, course: course))
        #expect(fromEntries.contains("✓ done"))
        #expect(fromEntries.contains("… 2/"))
        #expect(fromEntries.contains("2/9 labs done"))
    }

    @Test("the open lesson is marked and an empty course says where to add lessons")
    func markAndEmptyCourse() {
        let lessons = Self.library.lessons
        let marked = LessonList(record: ProgressRecord(), current: lessons[3].id)
            .text(lessons, course: .builtIn(overlay: nil))
        #expect(marked.split(separator: "\n")[3].hasPrefix("> 03  "))
        let empty = LessonList(record: ProgressRecord(), current: nil).text(
            [LessonEntry](), course: .folder("dir"))
        #expect(empty == "no lessons in dir; add files there or pass --lessons DIR\n")
    }
}
