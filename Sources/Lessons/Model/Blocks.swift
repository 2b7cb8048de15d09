/// A ```` ```demo NAME key=value ...```` block.
public struct DemoBlock: Sendable, Equatable {
    /// The demo's name in the catalogue (`shared-counter`).
    public var name: String
    /// Parameters as written, in order (`workers=4` gives `("workers", "4")`).
    public var arguments: [DemoArgument]
    /// Optional text under the fence, shown before the student runs the demo.
    public var caption: String
    /// Line of the opening fence (1-based).
    public var line: Int

    /// Creates a demo block.
    public init(name: String, arguments: [DemoArgument] = [], caption: String = "", line: Int) {
        self.name = name
        self.arguments = arguments
        self.caption = caption
        self.line = line
    }

    /// The demo line as the student types it to run the demo (`shared-counter workers=4`); a
    /// translation must keep it as the original writes it.
    public var call: String {
        ([name] + arguments.map { "\($0.name)=\($0.value)" }).joined(separator: " ")
    }
}

/// One `key=value` parameter of a demo block.
public struct DemoArgument: Sendable, Equatable {
    /// Parameter name.
    public var name: String
    /// Value as written; the demo catalogue decides its type.
    public var value: String
    /// Column of the argument in the fence line (1-based), for diagnostics.
    public var column: Int

    /// Creates an argument.
    public init(name: String, value: String, column: Int) {
        self.name = name
        self.value = value
        self.column = column
    }
}

/// A question asked before a demo runs; each choice is a condition on one of the demo's results,
/// so the answer is graded against what the demo really measured, not against a fixed key.
public struct Prediction: Sendable, Equatable {
    /// Identifier, unique within the lesson; the progress file keys answers by it.
    public var id: String
    /// The demo whose result grades the prediction.
    public var demo: String
    /// The question, in markdown.
    public var question: String
    /// Name of the demo result the choices are conditions on (`lost`).
    public var result: String
    /// The possible answers.
    public var choices: [PredictionChoice]
    /// Shown once the prediction is graded.
    public var explanation: String
    /// Line of the opening fence (1-based).
    public var line: Int

    /// Creates a prediction.
    public init(
        id: String, demo: String, question: String, result: String,
        choices: [PredictionChoice], explanation: String, line: Int
    ) {
        self.id = id
        self.demo = demo
        self.question = question
        self.result = result
        self.choices = choices
        self.explanation = explanation
        self.line = line
    }
}

/// One answer a student may pick for a prediction.
public struct PredictionChoice: Sendable, Equatable {
    /// The text shown to the student.
    public var text: String
    /// The condition the demo's result must meet for this choice to be right.
    public var condition: Condition

    /// Creates a choice.
    public init(text: String, condition: Condition) {
        self.text = text
        self.condition = condition
    }
}

/// A question with a known answer.
public struct Quiz: Sendable, Equatable {
    /// Identifier, unique within the lesson; the progress file keys answers by it.
    public var id: String
    /// The question, in markdown.
    public var question: String
    /// The kind of answer expected.
    public var answer: QuizAnswer
    /// Hints, from gentle to nearly the answer; `hint` reveals them one at a time.
    public var hints: [String]
    /// Shown after the student answers, right or wrong.
    public var explanation: String
    /// Line of the opening fence (1-based).
    public var line: Int

    /// Creates a quiz.
    public init(
        id: String, question: String, answer: QuizAnswer, hints: [String],
        explanation: String, line: Int
    ) {
        self.id = id
        self.question = question
        self.answer = answer
        self.hints = hints
        self.explanation = explanation
        self.line = line
    }
}

/// What a quiz accepts as the right answer.
public enum QuizAnswer: Sendable, Equatable {
    /// Multiple choice: the choices in order (shown as a, b, c, ...) and the index of the right one.
    case choice(options: [String], correct: Int)
    /// Short answer: any of these, compared after trimming, folding case and dropping backticks.
    case text(accepted: [String])
}

/// A prediction or a quiz: anything the student answers with `answer`.
public enum Question: Sendable, Equatable {
    /// A prediction graded by a demo's result.
    case prediction(Prediction)
    /// A quiz graded by its key.
    case quiz(Quiz)

    /// The question's identifier, unique within its lesson.
    public var id: String {
        switch self {
        case .prediction(let prediction): prediction.id
        case .quiz(let quiz): quiz.id
        }
    }
}
