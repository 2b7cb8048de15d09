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
            var outputs: [Output] = []
            outputs.reserveCapacity(arguments.count)
            for argument in arguments { outputs.append(try function(argument)) }
            return try PoolWire.record(
                kind: PoolWire.ResultKind.success.rawValue, task: task, encoding: outputs)
        } catch {
            let message = Array(String(describing: error).utf8.prefix(4000))
            return PoolWire.record(kind: PoolWire.ResultKind.failure.rawValue, task: task, payload: message)
        }
    }
}
