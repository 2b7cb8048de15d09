import Lab

/// A lab ready to play: the program, what winning means, and where progress goes.
struct LabLaunch {
    /// A lab of the course, for the progress file.
    struct CourseLab: Equatable {
        var lessonID: String
        var labID: String

        var fullID: String { "\(lessonID)/\(labID)" }
    }

    var program: LabProgram
    /// The file as shown to the student.
    var fileName: String
    var title: String
    /// Nil for free play: a program opened without a goal.
    var goal: LabGoal?
    var hints: [String] = []
    /// Why the goal can or cannot be reached, shown after a win or a proof.
    var explanation: String = ""
    var courseLab: CourseLab?
    /// The first seed `a` uses; each press takes the next one.
    var firstSeed: UInt64 = 1
}

/// Replies are compared in tests; a program is the same when its source is (it is compiled
/// from nothing else).
extension LabLaunch: Equatable {
    static func == (left: LabLaunch, right: LabLaunch) -> Bool {
        left.program.sourceLines == right.program.sourceLines && left.fileName == right.fileName
            && left.title == right.title && left.goal == right.goal && left.hints == right.hints
            && left.explanation == right.explanation && left.courseLab == right.courseLab
            && left.firstSeed == right.firstSeed
    }
}
