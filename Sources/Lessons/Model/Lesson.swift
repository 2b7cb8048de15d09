/// One lesson file, parsed: its front matter and its pages.
public struct Lesson: Sendable, Equatable {
    /// Stable identifier used by `requires`, the REPL's `open` and the progress file.
    public var id: String
    /// Title shown in the lesson list and above every page.
    public var title: String
    /// One-sentence description shown in the lesson list.
    public var summary: String
    /// Position in the course; also the number a student can type after `open`.
    public var order: Int
    /// Ids of lessons a student should finish first.
    public var requires: [String]
    /// Language of the text (BCP 47 tag, `en` unless the front matter says otherwise).
    public var locale: String
    /// Path of the file the lesson came from, as given to the parser; diagnostics name it.
    public var file: String
    /// The pages, in file order; a page starts at each `## ` heading.
    public var pages: [Page]
    /// Where the front matter values and block names were written, for diagnostics.
    public var locations = LessonLocations()

    /// Creates a lesson from already-parsed parts.
    public init(
        id: String, title: String, summary: String, order: Int, requires: [String] = [],
        locale: String = "en", file: String, pages: [Page]
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.order = order
        self.requires = requires
        self.locale = locale
        self.file = file
        self.pages = pages
    }

    /// Every question (prediction or quiz) of the lesson, in reading order.
    public var questions: [Question] {
        pages.flatMap(\.questions)
    }

    /// Every lab of the lesson, in reading order.
    public var labs: [LabBlock] {
        pages.flatMap(\.labs)
    }
}

/// A page of a lesson: the text under one `## ` heading.
public struct Page: Sendable, Equatable {
    /// The heading text, without the `## ` marker.
    public var title: String
    /// Line of the heading in the lesson file (1-based).
    public var line: Int
    /// The page body, in reading order.
    public var elements: [PageElement]

    /// Creates a page from already-parsed parts.
    public init(title: String, line: Int, elements: [PageElement]) {
        self.title = title
        self.line = line
        self.elements = elements
    }

    /// The demos a student can run from this page, in reading order.
    public var demos: [DemoBlock] {
        elements.compactMap { if case .demo(let demo) = $0 { demo } else { nil } }
    }

    /// The questions on this page, in reading order.
    public var questions: [Question] {
        elements.compactMap {
            switch $0 {
            case .prediction(let prediction): .prediction(prediction)
            case .quiz(let quiz): .quiz(quiz)
            default: nil
            }
        }
    }

    /// The labs a student can play from this page, in reading order.
    public var labs: [LabBlock] {
        elements.compactMap { if case .prose(let prose) = $0 { prose.lab } else { nil } }
    }
}

/// One block of a page body.
public enum PageElement: Sendable, Equatable {
    /// Markdown prose (paragraphs, lists, quotes, tables) for the stage to render; a ```` ```lab ````
    /// block stands on its page as prose too, with `Prose.lab` set.
    case prose(Prose)
    /// A fenced code block with a language label (`python`, `swift`, `sh`, ...).
    case code(CodeBlock)
    /// A ```` ```demo ```` block: a demo the student runs from this page.
    case demo(DemoBlock)
    /// A ```` ```predict ```` block: a question answered before a demo runs.
    case prediction(Prediction)
    /// A ```` ```quiz ```` block: a question with a known answer, hints and an explanation.
    case quiz(Quiz)
}

/// Markdown text between special blocks, or the text that stands for a lab on its page.
public struct Prose: Sendable, Equatable {
    /// The markdown source, with control characters already removed.
    public var markdown: String
    /// Line of the first line of `markdown` in the lesson file (1-based).
    public var line: Int
    /// The lab whose place on the page this text is (its title, goal and the command that plays
    /// it), or nil for the lesson's own prose. A lab is played from the prompt, not on the page,
    /// so the page needs only its text: whatever prints prose prints the lab, and lint measures
    /// it with the rest of the page.
    public var lab: LabBlock?

    /// Creates a prose element.
    public init(markdown: String, line: Int, lab: LabBlock? = nil) {
        self.markdown = markdown
        self.line = line
        self.lab = lab
    }
}

/// A fenced code block shown to the student, never run.
public struct CodeBlock: Sendable, Equatable {
    /// The fence's language label, lower-cased (`python`, `swift`, ...).
    public var language: String
    /// The code, without the fences.
    public var code: String
    /// Line of the opening fence (1-based).
    public var line: Int
    /// Line of the code's first line (1-based): blank lines after the fence are not part of it.
    public var firstCodeLine: Int

    /// Creates a code block; `firstCodeLine` defaults to the line after the fence.
    public init(language: String, code: String, line: Int, firstCodeLine: Int? = nil) {
        self.language = language
        self.code = code
        self.line = line
        self.firstCodeLine = firstCodeLine ?? line + 1
    }
}
