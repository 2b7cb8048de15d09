extension PageElement {
    /// The line the block starts on (its fence, or its first line of prose).
    var line: Int {
        switch self {
        case .prose(let prose): prose.lab?.line ?? prose.line
        case .code(let code): code.line
        case .demo(let demo): demo.line
        case .prediction(let prediction): prediction.line
        case .quiz(let quiz): quiz.line
        }
    }
}
