/// Whether and how a run has ended.
extension World {
    func ending(in program: LabProgram) -> LabEnding? {
        if let thread = stepLimitThread { return .stepLimit(thread: thread, name: threads[thread].name) }
        let live = threads.indices.filter { threads[$0].isRunning }
        if live.isEmpty { return .completed }
        if live.contains(where: { blocker(of: $0, in: program) == nil }) { return nil }
        return .deadlock(LabDeadlock(threads: live, description: deadlockSentence(live, program)))
    }

    /// Follows "waits for a lock held by" and "waits for ... to finish" from thread to thread;
    /// a cycle is the clearest explanation, otherwise every blocked thread's wait is listed.
    private func deadlockSentence(_ blocked: [Int], _ program: LabProgram) -> String {
        func next(_ thread: Int) -> Int? {
            switch blocker(of: thread, in: program) {
            case .lock(let reference)?: holder(of: reference)
            case .join(let target)?: target
            default: nil
            }
        }
        for start in blocked {
            var path = [start]
            var current = start
            while let following = next(current), blocked.contains(following) {
                if let cycleStart = path.firstIndex(of: following) {
                    return cycleSentence(Array(path[cycleStart...]), program)
                }
                path.append(following)
                current = following
            }
        }
        return blocked.compactMap { thread in
            blocker(of: thread, in: program).map { "\(threads[thread].name) \(blockerDescription($0))" }
        }.joined(separator: "; ")
    }

    private func cycleSentence(_ cycle: [Int], _ program: LabProgram) -> String {
        if cycle.count == 1, let wait = blocker(of: cycle[0], in: program), case .lock(let reference) = wait {
            return "\(threads[cycle[0]].name) waits for lock \(objectName(reference)), which it holds itself"
        }
        let clauses = cycle.compactMap { thread in
            blocker(of: thread, in: program).map { blockerDescription($0) }
        }
        var sentence = threads[cycle[0]].name + " " + clauses[0]
        for clause in clauses.dropFirst() { sentence += ", which " + clause }
        return sentence
    }
}
