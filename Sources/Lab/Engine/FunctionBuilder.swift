/// The code of one function while it is being compiled.
struct FunctionBuilder {
    struct Loop {
        var continueTarget: Int
        var breakJumps: [Int] = []
        /// How many `with` blocks were open when the loop began: `break` and `continue` leave
        /// the ones opened inside it.
        var withDepth: Int
        /// A `for` keeps its iterator on the stack, which `break` must drop.
        var isFor: Bool
    }

    var name: String
    var parameters: [String]
    var defaults: [LabValue?]
    var isModule: Bool
    var localNames: [String]
    var localIndex: [String: Int]
    var declaredGlobal: Set<String>
    var code: [Instruction] = []
    var sources: [InstructionSource] = []
    var loops: [Loop] = []
    var withDepth = 0

    init(
        name: String, parameters: [String], defaults: [LabValue?], locals: [String],
        declaredGlobal: Set<String>, isModule: Bool
    ) {
        self.name = name
        self.parameters = parameters
        self.defaults = defaults
        self.isModule = isModule
        self.declaredGlobal = declaredGlobal
        var names = parameters
        for local in locals where !names.contains(local) { names.append(local) }
        localNames = names
        localIndex = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
    }

    @discardableResult
    mutating func emit(_ instruction: Instruction, at position: SourcePosition, subject: String = "") -> Int {
        code.append(instruction)
        sources.append(InstructionSource(position: position, subject: subject))
        return code.count - 1
    }

    /// Points the jump at `index` to the next instruction to be emitted.
    mutating func patch(_ index: Int) {
        patch(index, to: code.count)
    }

    mutating func patch(_ index: Int, to target: Int) {
        switch code[index] {
        case .jump: code[index] = .jump(target)
        case .jumpIfFalse: code[index] = .jumpIfFalse(target)
        case .jumpIfTrue: code[index] = .jumpIfTrue(target)
        case .jumpIfFalseOrPop: code[index] = .jumpIfFalseOrPop(target)
        case .jumpIfTrueOrPop: code[index] = .jumpIfTrueOrPop(target)
        case .forIteration: code[index] = .forIteration(exit: target)
        default: preconditionFailure("patching an instruction that does not jump")
        }
    }

    var compiled: CompiledFunction {
        CompiledFunction(
            name: name, parameters: parameters, defaults: defaults, localNames: localNames, code: code,
            sources: sources)
    }
}
