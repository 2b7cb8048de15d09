/// A lab of the course, with the lesson it belongs to.
public struct CourseLab: Sendable, Equatable {
    /// The lesson whose page holds the lab.
    public var lesson: Lesson
    /// The lab's block.
    public var lab: LabBlock

    /// Creates a course lab.
    public init(lesson: Lesson, lab: LabBlock) {
        self.lesson = lesson
        self.lab = lab
    }

    /// `LESSON-ID/LAB-ID` (`locks/lost-update`), unique in the course.
    public var fullID: String { "\(lesson.id)/\(lab.id)" }
}

/// Why a name given for a lab names none, or more than one.
public struct LabLookupError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong and what to type instead, in one sentence.
    public var message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
