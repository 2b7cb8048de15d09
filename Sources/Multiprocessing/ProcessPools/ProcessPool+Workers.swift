import BinaryFormat

/// The worker side: starting, replacing, and the loop each worker process runs.
extension ProcessPool {
    /// Forks a worker for `slot`, named as Python names fork-started pool workers.
    func startWorker(in slot: Int) throws {
        workersStarted += 1
        let worker = Process(name: "ForkPoolWorker-\(workersStarted)", daemon: true) { [self] in
            runWorker(in: slot)
        }
        try worker.start()
        workers[slot] = worker
    }

    /// Reaps workers that ended; the task a worker died in fails, and a worker that did not
    /// end by a stop request is replaced so the pool keeps its size.
    func checkWorkers() throws {
        for (slot, worker) in workers.enumerated() {
            guard let worker, !worker.isAlive else { continue }
            let code = worker.exitCode ?? 0
            if let task = slots.task(in: slot) {
                slots.finish(in: slot)
                if pending.remove(task) != nil {
                    outcomes[task] = .failure(
                        WorkerDiedError(worker: worker.name, pid: worker.pid ?? 0, exitCode: code))
                }
            }
            workers[slot] = nil
            if code != 0 && state != .terminated { try startWorker(in: slot) }
        }
    }

    private func runWorker(in slot: Int) -> Never {
        var record: [UInt8] = []
        while true {
            guard tasks.get(into: &record, block: true, timeout: nil, label: PoolWire.label(ofTask:)),
                let (kind, task) = PoolWire.header(of: record)
            else { continue }
            if kind == PoolWire.TaskKind.stop.rawValue { ProcessExit.finish(code: 0, joinChildren: true) }
            slots.start(task, in: slot)
            var reply = outcome(of: task, record: record)
            if !results.fits(reply.count) {
                let message =
                    "the outputs of task \(task) take \(reply.count) bytes, more than the pool can carry"
                reply = PoolWire.record(
                    kind: PoolWire.ResultKind.failure.rawValue, task: task, payload: Array(message.utf8))
            }
            _ = results.put(reply, block: true, timeout: nil, label: PoolWire.label(ofResult: reply))
            slots.finish(in: slot)
        }
    }

    private func outcome(of task: Int, record: [UInt8]) -> [UInt8] {
        do {
            let arguments = try record.withUnsafeBytes { bytes in
                try BinaryCoding.decode(
                    [Argument].self, from: UnsafeRawBufferPointer(rebasing: bytes[PoolWire.headerSize...]))
            }
            let outputs = try applyFunction(to: arguments)
            return try PoolWire.record(
                kind: PoolWire.ResultKind.success.rawValue, task: task, encoding: outputs)
        } catch {
            let message = Array(String(describing: error).utf8.prefix(4000))
            return PoolWire.record(kind: PoolWire.ResultKind.failure.rawValue, task: task, payload: message)
        }
    }

    /// The pool's function over a chunk, in order; stops at the first error.
    ///
    /// Each output is written straight into place. This code runs unspecialised, so appending
    /// paid for a uniqueness and capacity check and several runtime calls per item, about a
    /// third of a worker's time on a chunk of integers (perf).
    private func applyFunction(to arguments: [Argument]) throws -> [Output] {
        try arguments.withUnsafeBufferPointer { arguments in
            try [Output](unsafeUninitializedCapacity: arguments.count) { outputs, initialized in
                for index in arguments.indices {
                    (outputs.baseAddress! + index).initialize(to: try function(arguments[index]))
                    initialized = index + 1
                }
            }
        }
    }
}
