/// Everything a student has done, as stored in `progress.json`.
struct ProgressRecord: Codable, Equatable, Sendable {
    /// The layout of this file; bumped when a change would make old readers misread it.
    static let currentSchema = 1

    /// The schema the file was written with.
    var schema: Int = ProgressRecord.currentSchema
    /// Progress per lesson id.
    var lessons: [String: LessonProgress] = [:]
    /// The lesson shown last, so the next start can offer to resume it.
    var lastLesson: String?
    /// The language the student chose with `lang` (a tag, `zh-Hans`), used when neither
    /// `--lang` nor `SPINDLE_LANG` says otherwise; nil until they choose.
    var language: String?

    /// The progress of one lesson, empty if the student has not opened it.
    subscript(lesson id: String) -> LessonProgress {
        get { lessons[id] ?? LessonProgress() }
        set { lessons[id] = newValue }
    }
}

/// What a student has done in one lesson.
struct LessonProgress: Codable, Equatable, Sendable {
    /// Indexes (0-based) of the pages shown at least once.
    var pagesSeen: Set<Int> = []
    /// The page shown last, where `open` resumes.
    var lastPage: Int = 0
    /// Answers per question id.
    var questions: [String: QuestionProgress] = [:]
    /// Whether every page was seen and every question settled.
    var completed: Bool = false
    /// What the student did in each lab, by the lab's id within the lesson.
    var labs: [String: LabProgress] = [:]

    private enum CodingKeys: String, CodingKey {
        case pagesSeen, lastPage, questions, completed, labs
    }

    init() {}

    /// Reads progress files written before labs existed: a missing `labs` is no lab played.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        pagesSeen = try container.decode(Set<Int>.self, forKey: .pagesSeen)
        lastPage = try container.decode(Int.self, forKey: .lastPage)
        questions = try container.decode([String: QuestionProgress].self, forKey: .questions)
        completed = try container.decode(Bool.self, forKey: .completed)
        labs = try container.decodeIfPresent([String: LabProgress].self, forKey: .labs) ?? [:]
    }

    /// Whether the student has done anything in this lesson.
    var isStarted: Bool { !pagesSeen.isEmpty }
}

/// What a student has done with one prediction or quiz.
struct QuestionProgress: Codable, Equatable, Sendable {
    /// The last answer given, as typed.
    var answer: String?
    /// How many answers were given.
    var attempts: Int = 0
    /// For a quiz: whether the last answer was right. For a prediction: set once a demo run grades it.
    var correct: Bool?
    /// How many hints were revealed.
    var hintsUsed: Int = 0
}
