import Lessons
import Testing

/// Finding a lab of the course by `LESSON/LAB` or by a bare lab id.
@Suite struct LabLookupTests {
    static let library: LessonLibrary = {
        let files = [
            (
                "06-locks.md",
                labLesson(id: "locks", fileLab(id: "lost-update"), fileLab(id: "check-then-act"))
            ),
            ("13-queues.md", labLesson(id: "queues", fileLab(id: "lost-update"), fileLab(id: "full-queue"))),
            ("10-threads.md", lessonText(id: "threads", body: "## One\ntext")),
        ]
        let lessons = files.compactMap { parsedLesson($0.1, file: $0.0) }
        return LessonLibrary(lessons: lessons.sorted { $0.order < $1.order }, diagnostics: [])
    }()

    func find(_ key: String) -> String {
        do {
            return try Self.library.lab(matching: key).fullID
        } catch {
            return error.message
        }
    }

    @Test func listsEveryLabInCourseOrder() {
        #expect(
            Self.library.labs.map(\.fullID) == [
                "locks/lost-update", "locks/check-then-act", "queues/lost-update", "queues/full-queue",
            ])
        #expect(Self.library.lessons.map(\.labs.count) == [2, 0, 2])
    }

    @Test(arguments: [
        ("locks/lost-update", "locks/lost-update"),
        (" Queues/Lost-Update ", "queues/lost-update"),
        ("6/check-then-act", "locks/check-then-act"),
        ("full-queue", "queues/full-queue"),
        ("check-then-act", "locks/check-then-act"),
    ])
    func findsALabByFullOrUniqueID(key: String, fullID: String) {
        #expect(find(key) == fullID)
    }

    @Test(arguments: [
        (
            "lost-update",
            "`lost-update` is a lab of 2 lessons; name one: `locks/lost-update`, `queues/lost-update`"
        ),
        ("full-queu", "no lab `full-queu` in the course; did you mean `queues/full-queue`?"),
        (
            "lost-updat",
            "no lab `lost-updat` in the course; did you mean `locks/lost-update`, `queues/lost-update`?"
        ),
        (
            "queue-full",
            "no lab `queue-full` in the course; the closest are `queues/full-queue`, `locks/lost-update`, `queues/lost-update`, `locks/check-then-act`"
        ),
        ("lokcs/lost-update", "no lesson `lokcs`; did you mean `locks`?"),
        ("pools/x", "no lesson `pools`; give a lesson id or number"),
        ("threads/x", "lesson `threads` has no labs"),
        (
            "locks/full-queue",
            "lesson `locks` has no lab `full-queue`; its labs are `lost-update`, `check-then-act`"
        ),
        (
            "locks/check-then-ac",
            "lesson `locks` has no lab `check-then-ac`; its labs are `lost-update`, `check-then-act`; did you mean `check-then-act`?"
        ),
    ])
    func explainsWhatIsWrongWithAName(key: String, message: String) {
        #expect(find(key) == message)
    }

    @Test func aCourseWithoutLabsSaysSo() {
        let library = LessonLibrary(lessons: [], diagnostics: [])
        #expect(throws: LabLookupError("the course has no labs")) { try library.lab(matching: "lost-update") }
    }
}
