import Messages

extension LabEngine {
    /// Each global that holds a plain value, in the order the program first names them; a
    /// global not assigned yet is left out.
    public var variables: [LabVariableView] {
        program.globals.indices.compactMap { slot in
            guard let value = world.globals[slot] else { return nil }
            switch value {
            case .none, .bool, .int, .str, .tuple:
                return LabVariableView(
                    name: program.globals[slot].name,
                    value: world.displayRepresentation(of: value, program: program))
            default:
                return nil
            }
        }
    }

    /// The locks, conditions, semaphores, events, barriers, queues, lists and dicts stored in
    /// globals, each once, named by the first global (in the program's order) that holds it.
    public var sharedObjects: [LabObjectView] {
        let waits = world.threads.indices.compactMap { thread in
            world.blocker(of: thread, in: program).map { (thread: thread, blocker: $0) }
        }
        var shown: Set<Int> = []
        return program.globals.indices.compactMap { slot in
            guard let reference = world.globals[slot]?.heapReference, shown.insert(reference).inserted,
                let (kind, state) = world.objectWords(reference, waits: waits, program: program)
            else { return nil }
            return LabObjectView(name: program.globals[slot].name, kind: kind, state: state)
        }
    }
}

extension World {
    /// The type and state words of a heap object, or nil for a thread object (threads have
    /// their own column on the screen).
    func objectWords(_ reference: Int, waits: [(thread: Int, blocker: Blocker)], program: LabProgram) -> (
        kind: String, state: String
    )? {
        /// The sentence `key` naming the threads that wait in a way `isWaiting` tells, or
        /// nothing when none does.
        func waiting(
            _ key: String, count: Int? = nil, _ isWaiting: (Blocker) -> Bool
        ) -> String {
            let names = waits.filter { isWaiting($0.blocker) }.map { threads[$0.thread].name }
            guard !names.isEmpty else { return "" }
            let list = names.joined(separator: Messages.text("lab.object.thread-separator"))
            return Messages.text(key, ["threads": list, "count": count.map(String.init) ?? ""])
        }
        /// Threads waiting to take this lock, directly or as a condition's lock.
        func lockWaiters(_ lock: Int) -> String {
            waiting("lab.object.waiting") { blocker in
                guard case .lock(let waitedFor) = blocker else { return false }
                if waitedFor == lock { return true }
                if case .condition(let conditionLock, _) = heap[waitedFor] { return conditionLock == lock }
                return false
            }
        }
        func holderWords(_ lock: Int) -> String {
            switch heap[lock] {
            case .lock(let owner?): Messages.text("lab.object.held", ["thread": threads[owner].name])
            case .reentrantLock(let owner?, let depth):
                Messages.text("lab.object.held-count", ["thread": threads[owner].name, "count": "\(depth)"])
            default: Messages.text("lab.object.free")
            }
        }
        switch heap[reference] {
        case .lock:
            return ("Lock", holderWords(reference) + lockWaiters(reference))
        case .reentrantLock:
            return ("RLock", holderWords(reference) + lockWaiters(reference))
        case .condition(let lock, let waiters):
            let notified = waiters.map { threads[$0].name }
            return (
                "Condition",
                Messages.text("lab.object.condition-lock", ["holder": holderWords(lock)])
                    + (notified.isEmpty
                        ? ""
                        : Messages.text(
                            "lab.object.waiting-for-notify",
                            [
                                "threads": notified.joined(
                                    separator: Messages.text("lab.object.thread-separator"))
                            ]))
                    + waiting("lab.object.waiting-for-lock") { $0 == .lock(reference) }
            )
        case .semaphore(let value, let bound):
            let kind = bound.map { "BoundedSemaphore(\($0))" } ?? "Semaphore"
            return (
                kind,
                Messages.text("lab.object.value", ["value": "\(value)"])
                    + waiting("lab.object.waiting") { $0 == .semaphore(reference) }
            )
        case .event(let isSet):
            return (
                "Event",
                Messages.text(isSet ? "lab.object.set" : "lab.object.clear")
                    + waiting("lab.object.waiting") { $0 == .event(reference) }
            )
        case .barrier(let parties, let arrived, _):
            return (
                "Barrier(\(parties))",
                Messages.text("lab.object.arrived", ["arrived": "\(arrived)", "parties": "\(parties)"])
                    + waiting("lab.object.waiting") { $0 == .barrier(reference) }
            )
        case .queue(let queue):
            let kind = queue.order.typeName + (queue.maxsize > 0 ? "(maxsize=\(queue.maxsize))" : "")
            let items = queue.items.map { displayRepresentation(of: $0, program: program) }
            var state = "[\(items.joined(separator: ", "))]"
            if queue.maxsize > 0 {
                state += Messages.text(
                    "lab.object.queue-count",
                    ["count": "\(queue.items.count)", "maxsize": "\(queue.maxsize)"])
            }
            state += waiting("lab.object.waiting-to-get") { $0 == .queueEmpty(reference) }
            state += waiting("lab.object.waiting-to-put") { $0 == .queueFull(reference) }
            state += waiting("lab.object.waiting-for-tasks", count: queue.unfinishedTasks) {
                $0 == .unfinishedTasks(reference)
            }
            return (kind, state)
        case .list, .dictionary:
            return (heap[reference].typeName, displayRepresentation(of: .object(reference), program: program))
        case .thread:
            return nil
        }
    }
}
