/// One instruction of the lab's stack machine. A thread pauses between instructions, so every
/// instruction is at most one visible action; which ones are visible is decided when the thread
/// reaches them (see ``World/access(ofNext:)``).
enum Instruction: Hashable, Sendable {
    case constant(LabValue)
    case loadLocal(Int)
    case storeLocal(Int)
    case loadGlobal(Int)
    case storeGlobal(Int)
    /// A name bound nowhere: Python raises NameError when it is evaluated.
    case raiseNameError(String)
    case pop
    case duplicate
    case duplicateTwo
    /// `(a, b, c) -> (b, c, a)`: brings a value computed first above its subscript target.
    case moveThirdToTop
    /// `(a, b) -> (b)`: ends a chained comparison that failed early.
    case popBelowTop
    case unary(UnaryOperator)
    case binary(BinaryOperator)
    case compare(ComparisonOperator)
    case jump(Int)
    case jumpIfFalse(Int)
    case jumpIfTrue(Int)
    /// `and`/`or`: jumps keeping the value when it decides the result, pops it otherwise.
    case jumpIfFalseOrPop(Int)
    case jumpIfTrueOrPop(Int)
    case buildList(Int)
    case buildTuple(Int)
    case buildDictionary(Int)
    /// Joins the top `count` strings, for f-strings.
    case buildString(Int)
    /// `str(value)`, for an f-string field.
    case formatValue
    case loadItem
    /// Stack `(container, index, value)`.
    case storeItem
    case attribute(String)
    case call(argumentCount: Int, keywords: [String])
    case unpack(Int)
    case makeIterator
    /// Pushes the next item, or pops the iterator and jumps when it is exhausted.
    case forIteration(exit: Int)
    case returnValue
    /// Acquires the context on the stack and keeps it for ``exitWith``; pushes what
    /// `__enter__` returns.
    case enterWith
    case exitWith
    case raiseAssertion(hasMessage: Bool)
}

/// Where an instruction comes from and how to describe it as the next step of a thread.
struct InstructionSource: Hashable, Sendable {
    var position: SourcePosition
    /// The source text the instruction works on: `counter`, `lock.acquire`, `items[0]`.
    var subject: String
}
