import Lessons

/// What the lesson list needs of a lesson: a loaded ``Lesson``, or a ``LessonEntry`` whose
/// pages are parsed only when its row counts them.
protocol ListedLesson: Sendable {
    var id: String { get }
    var order: Int { get }
    var title: String { get }
    /// False only when the lesson has no lab.
    var mayHaveLabs: Bool { get }
    /// The lesson with its pages and labs, parsed now if it is not yet.
    func parsedLesson() -> Lesson?
}

extension Lesson: ListedLesson {
    var mayHaveLabs: Bool { !labs.isEmpty }
    func parsedLesson() -> Lesson? { self }
}

extension LessonEntry: ListedLesson {
    func parsedLesson() -> Lesson? { lesson() }
}
