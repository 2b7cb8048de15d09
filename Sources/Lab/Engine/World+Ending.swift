import Messages

/// Whether and how a run has ended.
extension World {
    func ending(in program: LabProgram) -> LabEnding? {
        if let thread = stepLimitThread { return .stepLimit(thread: thread, name: threads[thread].name) }
        let live = threads.indices.filter { threads[$0].isRunning }
        if live.isEmpty { return .completed }
        if live.contains(where: { blocker(of: $0, in: program) == nil }) { return nil }
        let sentences = Dictionary(
            uniqueKeysWithValues: Language.allCases.map { ($0, deadlockSentence(live, program, in: $0)) })
        return .deadlock(LabDeadlock(threads: live, sentences: sentences))
    }

    /// Follows "waits for a lock held by" and "waits for ... to finish" from thread to thread;
    /// a cycle is the clearest explanation, otherwise every blocked thread's wait is listed.
    private func deadlockSentence(_ blocked: [Int], _ program: LabProgram, in language: Language) -> String {
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
                    return cycleSentence(Array(path[cycleStart...]), program, in: language)
                }
                path.append(following)
                current = following
            }
        }
        return blocked.compactMap { thread in
            blocker(of: thread, in: program).map {
                Messages.text(
                    "lab.deadlock.thread-waits",
                    ["thread": threads[thread].name, "wait": blockerDescription($0, in: language)],
                    in: language)
            }
        }.joined(separator: Messages.text("lab.deadlock.separator", in: language))
    }

    private func cycleSentence(_ cycle: [Int], _ program: LabProgram, in language: Language) -> String {
        if cycle.count == 1, let wait = blocker(of: cycle[0], in: program), case .lock(let reference) = wait {
            return Messages.text(
                "lab.deadlock.own-lock", ["thread": threads[cycle[0]].name, "lock": objectName(reference)],
                in: language)
        }
        let clauses = cycle.compactMap { thread in
            blocker(of: thread, in: program).map { blockerDescription($0, in: language) }
        }
        var sentence = Messages.text(
            "lab.deadlock.thread-waits", ["thread": threads[cycle[0]].name, "wait": clauses[0]], in: language)
        for clause in clauses.dropFirst() {
            sentence = Messages.text(
                "lab.deadlock.which", ["sentence": sentence, "wait": clause], in: language)
        }
        return sentence
    }
}
