/// What the scheduler needs to know about a thread's next step: whether it is visible to other
/// threads (a step ends before it), and whether it can happen now.
extension World {
    func isData(_ value: LabValue) -> Bool {
        if case .object(let reference) = value { return heap[reference].isData }
        return false
    }

    /// Whether the thread's next instruction is an action other threads could observe or
    /// affect, which makes it a step of its own.
    func nextIsVisible(_ thread: Int, in program: LabProgram) -> Bool {
        guard let instruction = nextInstruction(thread, in: program) else { return false }
        switch instruction {
        case .loadGlobal(let slot), .storeGlobal(let slot):
            return program.globals[slot].isShared
        case .storeItem, .enterWith, .exitWith:
            return true
        case .loadItem:
            return isData(peek(thread, depth: 1))
        case .unpack, .unary, .formatValue, .jumpIfFalse, .jumpIfTrue, .jumpIfFalseOrPop, .jumpIfTrueOrPop:
            return isData(peek(thread))
        case .compare(let comparisonOperator):
            if comparisonOperator == .identical || comparisonOperator == .notIdentical { return false }
            return isData(peek(thread)) || isData(peek(thread, depth: 1))
        case .binary:
            return isData(peek(thread)) || isData(peek(thread, depth: 1))
        case .forIteration:
            if case .listIterator = peek(thread) { return true }
            return false
        case .call(let argumentCount, let keywords):
            let total = argumentCount + keywords.count
            switch peek(thread, depth: total) {
            case .builtin(let builtin):
                switch builtin {
                case .print, .sleep: return true
                case .len, .str, .int, .bool, .min, .max, .sum, .list, .tuple, .abs:
                    return (0..<total).contains { isData(peek(thread, depth: $0)) }
                default: return false
                }
            case .boundMethod(_, let method):
                return method != .waitFor
            default:
                return false
            }
        default:
            return false
        }
    }

    /// The threads that may take a step now; empty once the run has ended.
    func runnableThreads(in program: LabProgram) -> [Int] {
        guard stepLimitThread == nil else { return [] }
        return threads.indices.filter { threads[$0].isRunning && blocker(of: $0, in: program) == nil }
    }

    /// Why the thread cannot take its next step now, or `nil` when it can.
    func blocker(of thread: Int, in program: LabProgram) -> Blocker? {
        guard threads[thread].isRunning else { return nil }
        switch threads[thread].suspension {
        case .condition(let condition, _)?:
            guard case .condition(let lock, let waiters) = heap[condition] else { return nil }
            if waiters.contains(thread) { return .notify(condition) }
            return canAcquire(lock, thread) ? nil : .lock(condition)
        case .barrier(let barrier, let generation, _)?:
            guard case .barrier(_, _, let current) = heap[barrier] else { return nil }
            return current == generation ? .barrier(barrier) : nil
        case nil:
            break
        }
        guard let instruction = nextInstruction(thread, in: program) else { return nil }
        switch instruction {
        case .enterWith:
            guard case .object(let reference) = peek(thread) else { return nil }
            return acquireBlocker(reference, thread)
        case .call(let argumentCount, let keywords):
            let total = argumentCount + keywords.count
            guard case .boundMethod(let receiver, let method) = peek(thread, depth: total) else { return nil }
            func argument(_ name: String, _ index: Int) -> LabValue? {
                if index < argumentCount { return peek(thread, depth: total - 1 - index) }
                return keywords.firstIndex(of: name).map { peek(thread, depth: keywords.count - 1 - $0) }
            }
            switch (heap[receiver], method) {
            case (.lock, .acquire), (.reentrantLock, .acquire), (.semaphore, .acquire),
                (.condition, .acquire):
                if let blocking = argument("blocking", 0), !isTrue(blocking) { return nil }
                return acquireBlocker(receiver, thread)
            case (.event(let isSet), .wait):
                return isSet ? nil : .event(receiver)
            case (.queue(let queue), .get):
                if let block = argument("block", 0), !isTrue(block) { return nil }
                return queue.items.isEmpty ? .queueEmpty(receiver) : nil
            case (.queue(let queue), .put):
                if let block = argument("block", 1), !isTrue(block) { return nil }
                return queue.isFull ? .queueFull(receiver) : nil
            case (.queue(let queue), .join):
                return queue.unfinishedTasks > 0 ? .unfinishedTasks(receiver) : nil
            case (.thread(let target), .join):
                return target != thread && threads[target].isRunning ? .join(target) : nil
            default:
                return nil
            }
        default:
            return nil
        }
    }

    private func acquireBlocker(_ reference: Int, _ thread: Int) -> Blocker? {
        switch heap[reference] {
        case .lock, .reentrantLock: return canAcquire(reference, thread) ? nil : .lock(reference)
        case .condition(let lock, _): return canAcquire(lock, thread) ? nil : .lock(reference)
        case .semaphore(let value, _): return value > 0 ? nil : .semaphore(reference)
        default: return nil
        }
    }

    private func canAcquire(_ lock: Int, _ thread: Int) -> Bool {
        switch heap[lock] {
        case .lock(let owner): owner == nil
        case .reentrantLock(let owner, _): owner == nil || owner == thread
        default: true
        }
    }

    /// Python truth for the flag arguments a blocking check looks at, which are never lists.
    private func isTrue(_ value: LabValue) -> Bool {
        switch value {
        case .none, .bool(false), .int(0), .str(""): false
        default: true
        }
    }

    /// The thread a lock (or a condition's lock) is held by, for deadlock sentences.
    func holder(of reference: Int) -> Int? {
        switch heap[reference] {
        case .lock(let owner), .reentrantLock(let owner, _): owner
        case .condition(let lock, _): holder(of: lock)
        default: nil
        }
    }
}
