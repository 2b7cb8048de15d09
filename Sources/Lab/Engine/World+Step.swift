import Messages

/// One step of one thread: its pending visible action, then the local computation after it, up
/// to (not including) its next visible action.
extension World {
    mutating func step(_ thread: Int, _ context: inout StepContext) {
        context.touch(.object(threads[thread].objectReference), write: false)
        do {
            try countIteration(thread, &context)
            if threads[thread].suspension != nil {
                resume(thread, &context)
            } else {
                try execute(thread, &context)
            }
            try runLocally(thread, &context)
        } catch let error where error.type == StepLimitReached.error.type {
            stepLimitThread = thread
        } catch {
            fail(thread, error, at: raisingPosition(of: thread, program: context.program), &context)
        }
        endDaemonsWhenAlone(&context)
    }

    /// Runs instructions nobody else can observe, so that they need no step of their own.
    mutating func runLocally(_ thread: Int, _ context: inout StepContext) throws(PythonError) {
        while threads[thread].isRunning, threads[thread].suspension == nil,
            !nextIsVisible(thread, in: context.program)
        {
            try execute(thread, &context)
        }
    }

    /// Python ends daemon threads once the main thread and every other thread have ended.
    private mutating func endDaemonsWhenAlone(_ context: inout StepContext) {
        guard threads[0].isFinished,
            !threads.contains(where: { $0.isRunning && !$0.isDaemon })
        else { return }
        for daemon in threads.indices where threads[daemon].isRunning {
            finish(daemon, &context)
        }
    }

    /// The innermost frame that belongs to the program (not to the lab's own `wait_for`), and
    /// whether it is the thread's top frame.
    private func programFrame(of thread: Int, program: LabProgram) -> (frame: Frame, isTop: Bool)? {
        let frames = threads[thread].frames
        guard let index = frames.lastIndex(where: { $0.function != program.waitForFunction }) else {
            return nil
        }
        return (frames[index], index == frames.count - 1)
    }

    /// Where the thread's next step is in the source.
    func currentPosition(of thread: Int, program: LabProgram) -> SourcePosition {
        guard let (frame, isTop) = programFrame(of: thread, program: program) else {
            return SourcePosition(line: 1, column: 1)
        }
        let counter =
            isTop && threads[thread].suspension == nil ? frame.programCounter : frame.programCounter - 1
        return program.functions[frame.function].sources[max(0, counter)].position
    }

    /// Where the instruction that just raised is.
    func raisingPosition(of thread: Int, program: LabProgram) -> SourcePosition {
        guard let (frame, _) = programFrame(of: thread, program: program) else {
            return SourcePosition(line: 1, column: 1)
        }
        return program.functions[frame.function].sources[max(0, frame.programCounter - 1)].position
    }

    /// The thread's next step, for words: "read counter", "acquire lock".
    func nextStep(of thread: Int, program: LabProgram) -> StepWords {
        switch threads[thread].suspension {
        case .condition(let condition, _)?:
            guard case .condition(_, let waiters) = heap[condition] else { break }
            return waiters.contains(thread)
                ? .waitOn(objectName(condition)) : .reacquire(objectName(condition))
        case .barrier(let barrier, _, _)?:
            return .leave(objectName(barrier))
        case nil:
            break
        }
        guard let frame = threads[thread].frames.last else { return .finished }
        let function = program.functions[frame.function]
        let subject = function.sources[frame.programCounter].subject
        if !nextIsVisible(thread, in: program) {
            return frame.programCounter == 0 ? .begin(function.name) : .run(function.name)
        }
        switch function.code[frame.programCounter] {
        case .loadGlobal, .loadItem, .unpack, .unary, .binary, .compare, .formatValue, .jumpIfFalse,
            .jumpIfTrue,
            .jumpIfFalseOrPop, .jumpIfTrueOrPop:
            return .read(subject)
        case .storeGlobal, .storeItem: return .write(subject)
        case .forIteration: return .readNext(subject)
        case .enterWith: return .acquireWith(subject)
        case .exitWith: return .releaseWith(subject)
        case .call:
            guard let dot = subject.lastIndex(of: ".") else { return .call(subject) }
            return .method(String(subject[subject.index(after: dot)...]), receiver: String(subject[..<dot]))
        default: return .run(function.name)
        }
    }

    /// Why the thread is blocked, in words: "waits for lock a held by Thread-1 (worker)".
    func blockerDescription(_ blocker: Blocker, in language: Language) -> String {
        func text(_ key: String, _ arguments: KeyValuePairs<String, String>) -> String {
            Messages.text(key, arguments, in: language)
        }
        switch blocker {
        case .lock(let reference):
            let holderName = holder(of: reference).map { threads[$0].name } ?? text("lab.wait.nobody", [:])
            return text("lab.wait.lock", ["lock": objectName(reference), "holder": holderName])
        case .semaphore(let reference):
            return text("lab.wait.semaphore", ["semaphore": objectName(reference)])
        case .notify(let reference): return text("lab.wait.notify", ["condition": objectName(reference)])
        case .event(let reference): return text("lab.wait.event", ["event": objectName(reference)])
        case .barrier(let reference): return text("lab.wait.barrier", ["barrier": objectName(reference)])
        case .queueEmpty(let reference): return text("lab.wait.queue-empty", ["queue": objectName(reference)])
        case .queueFull(let reference): return text("lab.wait.queue-full", ["queue": objectName(reference)])
        case .unfinishedTasks(let reference):
            return text("lab.wait.unfinished-tasks", ["queue": objectName(reference)])
        case .join(let target): return text("lab.wait.join", ["thread": threads[target].name])
        }
    }
}
