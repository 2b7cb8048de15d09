/// The operand stack and locals of a thread's innermost call.
extension World {
    func top(_ thread: Int) -> Int { threads[thread].frames.count - 1 }

    mutating func push(_ value: LabValue, on thread: Int) {
        threads[thread].frames[top(thread)].stack.append(value)
    }

    mutating func pop(from thread: Int) -> LabValue {
        threads[thread].frames[top(thread)].stack.removeLast()
    }

    mutating func pop(_ count: Int, from thread: Int) -> [LabValue] {
        let frame = top(thread)
        let values = Array(threads[thread].frames[frame].stack.suffix(count))
        threads[thread].frames[frame].stack.removeLast(count)
        return values
    }

    /// The value `depth` places below the top of the stack, without popping it.
    func peek(_ thread: Int, depth: Int = 0) -> LabValue {
        let stack = threads[thread].frames[top(thread)].stack
        return stack[stack.count - 1 - depth]
    }

    mutating func jump(_ thread: Int, to target: Int) {
        threads[thread].frames[top(thread)].programCounter = target
    }

    /// The instruction the thread executes next, or `nil` when it has no code left to run.
    func nextInstruction(_ thread: Int, in program: LabProgram) -> Instruction? {
        guard let frame = threads[thread].frames.last else { return nil }
        return program.functions[frame.function].code[frame.programCounter]
    }
}
