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
        // Both kept for the worker's life, so that their pages are faulted in once, not per chunk.
        var record: [UInt8] = []
        var reply: [UInt8] = []
        while true {
            guard tasks.get(into: &record, block: true, timeout: nil, label: PoolWire.label(ofTask:)),
                let (kind, task) = PoolWire.header(of: record)
            else { continue }
            if kind == PoolWire.TaskKind.stop.rawValue { ProcessExit.finish(code: 0, joinChildren: true) }
            slots.start(task, in: slot)
            writeOutcome(of: task, record: record, into: &reply)
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

    /// Replaces `reply` with the result record of `task`: its outputs, or the error that stopped it.
    private func writeOutcome(of task: Int, record: [UInt8], into reply: inout [UInt8]) {
        do {
            PoolWire.start(&reply, kind: PoolWire.ResultKind.success.rawValue, task: task)
            try record.withUnsafeBytes { bytes in
                try runChunk(UnsafeRawBufferPointer(rebasing: bytes[PoolWire.headerSize...]), &reply)
            }
        } catch {
            let message = Array(String(describing: error).utf8.prefix(4000))
            reply = PoolWire.record(kind: PoolWire.ResultKind.failure.rawValue, task: task, payload: message)
        }
    }
}
