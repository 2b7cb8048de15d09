import BinaryFormat
import Threading

/// The parent side: sending tasks and collecting results whenever the caller waits.
extension ProcessPool {
    /// Sends `arguments` as one task and returns its number.
    func submit(_ arguments: [Argument]) throws -> Int {
        try arguments.withUnsafeBufferPointer { try submit($0) }
    }

    /// Sends `arguments` as one task and returns its number.
    ///
    /// The record is encoded straight from the caller's items into `taskRecord`, which is kept
    /// from task to task, and goes from there into the queue; only a record that must wait for
    /// room is copied. Fresh arrays for each chunk and its record cost the parent a page fault
    /// per 4 KiB in the first `map` of a size, as much as the rest of its work.
    func submit(_ arguments: UnsafeBufferPointer<Argument>) throws -> Int {
        guard state == .running else { throw ValueError("Pool not running") }
        let task = nextTask
        PoolWire.start(&taskRecord, kind: PoolWire.TaskKind.work.rawValue, task: task)
        try BinaryCoding.encode(arrayOf: arguments, into: &taskRecord)
        guard tasks.fits(taskRecord.count) else {
            throw ValueError(
                "a task of \(taskRecord.count) bytes is more than the pool can carry; use a smaller chunksize"
            )
        }
        nextTask += 1
        pending.insert(task)
        sendBacklog()
        if !backlog.isEmpty
            || !tasks.put(taskRecord, block: false, timeout: nil, label: PoolWire.label(ofTask: taskRecord))
        {
            backlog.append(taskRecord)
        }
        return task
    }

    func submitChunks(of arguments: [Argument], size: Int) throws -> [Int] {
        guard size >= 1 else { throw ValueError("Chunksize must be 1+, not \(size)") }
        return try arguments.withUnsafeBufferPointer { arguments in
            try stride(from: 0, to: arguments.count, by: size).map { start in
                try submit(
                    UnsafeBufferPointer(rebasing: arguments[start..<min(start + size, arguments.count)]))
            }
        }
    }

    /// Moves waiting records into the task queue while it has room; never blocks, so the
    /// parent always gets back to draining results (workers blocked on a full result queue
    /// and a parent blocked on a full task queue would wait for each other for ever).
    func sendBacklog() {
        while let record = backlog.first {
            guard tasks.put(record, block: false, timeout: nil, label: PoolWire.label(ofTask: record)) else {
                return
            }
            backlog.removeFirst()
        }
    }

    /// Whether `task` has an outcome waiting to be taken.
    func isDone(_ task: Int) -> Bool {
        outcomes[task] != nil
    }

    /// Waits for `task` and returns its outputs, collecting other results meanwhile.
    func waitForOutputs(of task: Int, until deadline: Deadline?) throws -> [Output] {
        defer { endResultsWait() }
        while outcomes[task] == nil {
            guard pending.contains(task) else { throw ValueError("task \(task) is unknown to this pool") }
            if let deadline, deadline.hasPassed { throw TimeoutError() }
            try pump(until: deadline)
        }
        return try takeOutcome(of: task)
    }

    /// Removes and returns the outcome of a finished task.
    func takeOutcome(of task: Int) throws -> [Output] {
        guard let outcome = outcomes.removeValue(forKey: task) else {
            throw ValueError("task \(task) is not done")
        }
        return try outcome.get()
    }

    /// One step of progress: sends what fits, then takes one result or, if none comes within a
    /// short while, checks the workers' health. The trace shows consecutive steps as one wait;
    /// whoever pumps ends it with ``endResultsWait()``.
    func pump(until deadline: Deadline?) throws {
        sendBacklog()
        let step = min(deadline.map { Double($0.remainingNanoseconds) / 1e9 } ?? 0.05, 0.05)
        if results.get(
            into: &resultBuffer, block: step > 0, timeout: step, waitOpen: &resultsWaitOpen,
            label: PoolWire.label(ofResult:))
        {
            route(resultBuffer)
        } else {
            try checkWorkers()
        }
    }

    /// Ends the wait for results the trace shows, when pumping stops without a result.
    func endResultsWait() {
        results.endWait(&resultsWaitOpen)
    }

    private func route(_ record: [UInt8]) {
        guard let (kind, task) = PoolWire.header(of: record), pending.remove(task) != nil else { return }
        if kind == PoolWire.ResultKind.failure.rawValue {
            outcomes[task] = .failure(
                PoolTaskError(message: String(decoding: PoolWire.payload(of: record), as: UTF8.self)))
            return
        }
        do {
            let outputs = try record.withUnsafeBytes { bytes in
                try BinaryCoding.decode(
                    [Output].self, from: UnsafeRawBufferPointer(rebasing: bytes[PoolWire.headerSize...]))
            }
            outcomes[task] = .success(outputs)
        } catch {
            outcomes[task] = .failure(error)
        }
    }
}
