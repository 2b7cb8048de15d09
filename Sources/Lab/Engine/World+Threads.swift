import Trace

/// Starting, joining and ending threads, and the `with` statement.
extension World {
    mutating func threadMethod(
        _ method: LabMethod, on target: Int, _ call: CallArguments, by thread: Int,
        _ context: inout StepContext
    ) throws(PythonError) -> LabValue {
        try call.check(positional: 0)
        let reference = threads[target].objectReference
        switch method {
        case .start:
            context.touch(.object(reference), write: true)
            guard
                case .created(let function, let arguments, let keywordNames, let keywordValues) = threads[
                    target
                ].phase
            else { throw PythonError("RuntimeError", "threads can only be started once") }
            threads[target].phase = .running
            context.record(.started(thread: target))
            switch function {
            case .none:
                finish(target, &context)
            case .function(let index):
                do {
                    let locals = try bind(
                        index, positional: arguments, keywordNames: keywordNames,
                        keywordValues: keywordValues,
                        context)
                    threads[target].frames = [Frame(function: index, locals: locals)]
                } catch {
                    fail(target, error, at: currentPosition(of: thread, program: context.program), &context)
                }
            default:
                fail(
                    target, .typeError("the lab runs only functions and lambdas as thread targets"),
                    at: currentPosition(of: thread, program: context.program), &context)
            }
        case .join:
            context.touch(.object(reference), write: false)
            if target == thread { throw PythonError("RuntimeError", "cannot join current thread") }
            if case .created = threads[target].phase {
                throw PythonError("RuntimeError", "cannot join thread before it is started")
            }
        default:
            context.touch(.object(reference), write: false)
            return .bool(threads[target].isRunning)
        }
        return .none
    }

    /// Ends a thread normally.
    mutating func finish(_ thread: Int, _ context: inout StepContext) {
        threads[thread].phase = .finished
        threads[thread].frames = []
        threads[thread].suspension = nil
        context.touch(.object(threads[thread].objectReference), write: true)
    }

    /// Ends a thread with an uncaught exception, releasing the `with` blocks it leaves, as
    /// Python's unwinding calls their `__exit__`.
    mutating func fail(
        _ thread: Int, _ error: PythonError, at position: SourcePosition, _ context: inout StepContext
    ) {
        for frame in threads[thread].frames.reversed() {
            for reference in frame.withContexts.reversed() {
                try? exit(reference, by: thread, &context)
            }
        }
        let exception = LabException(
            threadID: thread, threadName: threads[thread].name, type: error.type, message: error.message,
            position: position)
        let index = exceptions.firstIndex { $0.threadID > thread } ?? exceptions.count
        exceptions.insert(exception, at: index)
        context.record(.raised(exception))
        finish(thread, &context)
    }

    /// `__enter__` of a `with` statement's context.
    mutating func enter(_ value: LabValue, by thread: Int, _ context: inout StepContext) throws(PythonError) {
        guard case .object(let reference) = value else {
            throw .typeError("'\(typeName(of: value))' object does not support the context manager protocol")
        }
        let lock: Int
        switch heap[reference] {
        case .lock, .reentrantLock, .semaphore: lock = reference
        case .condition(let conditionLock, _): lock = conditionLock
        default:
            throw .typeError(
                "'\(heap[reference].typeName)' object does not support the context manager protocol")
        }
        context.touch(.object(reference), write: true)
        context.touch(.object(lock), write: true)
        _ = acquire(lock, by: thread)
        context.record(.operation(object: reference, .acquire))
    }

    /// `__exit__` of a `with` statement's context.
    mutating func exit(_ reference: Int, by thread: Int, _ context: inout StepContext) throws(PythonError) {
        var lock = reference
        if case .condition(let conditionLock, _) = heap[reference] { lock = conditionLock }
        context.touch(.object(reference), write: true)
        context.touch(.object(lock), write: true)
        try release(lock, by: thread)
        context.record(.operation(object: reference, .release))
    }

    /// Finishes a two-step blocking call once its thread may go on: re-acquires a condition's
    /// lock, or leaves a barrier that tripped.
    mutating func resume(_ thread: Int, _ context: inout StepContext) {
        switch threads[thread].suspension {
        case .condition(let condition, let depth)?:
            guard case .condition(let lock, _) = heap[condition] else { return }
            context.touch(.object(condition), write: true)
            context.touch(.object(lock), write: true)
            switch heap[lock] {
            case .reentrantLock: heap[lock] = .reentrantLock(owner: thread, depth: depth)
            default: heap[lock] = .lock(owner: thread)
            }
            context.record(.operation(object: condition, .acquire))
            push(.bool(true), on: thread)
        case .barrier(let barrier, _, let index)?:
            context.touch(.object(barrier), write: false)
            push(.int(index), on: thread)
        case nil:
            return
        }
        threads[thread].suspension = nil
    }
}
