import Testing

@testable import Threading

@Suite struct ExecutorsThreadPoolTests {
    @Test func applyRunsOnAWorkerAndReturnsItsValue() throws {
        try withThreadPool(processes: 2) { pool in
            let answer = try pool.apply { 6 * 7 }
            #expect(answer == 42)
            #expect(throws: ExecutorsTestError(value: 1)) {
                try pool.apply { () throws -> Int in throw ExecutorsTestError(value: 1) }
            }
        }
    }

    @Test func applyAsyncReportsReadinessAndSuccess() throws {
        let release = ExecutorsLatch()
        try withThreadPool(processes: 2) { pool in
            let result = try pool.applyAsync { () -> Int in
                release.wait()
                return 5
            }
            #expect(!result.ready)
            #expect(throws: ValueError("AsyncResult not ready")) { try result.successful() }
            #expect(!result.wait(timeout: 0.05))
            #expect(throws: TimeoutError.self) { try result.get(timeout: 0.05) }
            release.open()
            #expect(result.wait())
            #expect(result.ready)
            #expect(try result.successful())
            #expect(try result.get() == 5)

            let failed = try pool.applyAsync { () throws -> Int in throw ExecutorsTestError(value: 2) }
            failed.wait()
            #expect(try !failed.successful())
            #expect(throws: ExecutorsTestError(value: 2)) { try failed.get() }
        }
    }

    @Test func mapReturnsResultsInOrderAcrossChunks() throws {
        try withThreadPool(processes: 2) { pool in
            let squares = try pool.map({ (item: Int) in item * item }, 0..<100)
            #expect(squares == (0..<100).map { $0 * $0 })
            let chunked = try pool.map({ (item: Int) in item }, 0..<7, chunksize: 3)
            #expect(chunked == Array(0..<7))
            let empty = try pool.map({ (item: Int) in item }, [Int]())
            #expect(empty.isEmpty)
            #expect(throws: ExecutorsTestError(value: 13)) {
                try pool.map(
                    { (item: Int) throws -> Int in
                        if item == 13 { throw ExecutorsTestError(value: item) }
                        return item
                    }, 0..<50)
            }
        }
    }

    @Test func imapYieldsTheFirstResultBeforeTheLastTaskFinishes() throws {
        let release = ExecutorsLatch()
        let finished = ExecutorsLog<Int>()
        try withThreadPool(processes: 2) { pool in
            let results = try pool.imap(
                { (item: Int) in
                    if item == 1 { release.wait() }
                    finished.append(item)
                    return item * 10
                }, [0, 1])
            #expect(try results.next() == 0)
            #expect(finished.elements == [0])
            #expect(throws: TimeoutError.self) { try results.next(timeout: 0.05) }
            release.open()
            #expect(try results.next() == 10)
            #expect(try results.next() == nil)
        }
    }

    @Test func imapKeepsGoingAfterAnError() throws {
        try withThreadPool(processes: 2) { pool in
            let results = try pool.imap(
                { (item: Int) throws -> Int in
                    if item == 1 { throw ExecutorsTestError(value: item) }
                    return item
                }, 0..<3)
            #expect(try results.next() == 0)
            #expect(throws: ExecutorsTestError(value: 1)) { try results.next() }
            #expect(try results.next() == 2)
            #expect(try results.next() == nil)
        }
    }

    @Test func imapUnorderedYieldsInCompletionOrder() throws {
        let release = ExecutorsLatch()
        try withThreadPool(processes: 2) { pool in
            let results = try pool.imapUnordered(
                { (item: Int) in
                    if item == 0 { release.wait() }
                    return item
                }, [0, 1, 2])
            let early = [try results.next(), try results.next()]
            #expect(early == [1, 2])
            release.open()
            #expect(try results.next() == 0)
            #expect(try results.next() == nil)
        }
        try withThreadPool(processes: 2) { pool in
            let all = try pool.imapUnordered({ (item: Int) in item }, 0..<20, chunksize: 3).collect()
            #expect(all.sorted() == Array(0..<20))
        }
    }

    @Test func joinBeforeCloseThrowsAndAfterCloseWaitsForTheWorkers() throws {
        let pool = try ThreadPool(processes: 3)
        #expect(pool.pool.liveWorkerCount == 3)
        #expect(throws: ValueError("Pool is still running")) { try pool.join() }
        let result = try pool.applyAsync { 1 }
        pool.close()
        #expect(throws: ValueError("Pool not running")) { try pool.apply { 2 } }
        #expect(throws: ValueError("Pool not running")) { try pool.map({ (item: Int) in item }, [1]) }
        try pool.join()
        #expect(try result.get() == 1)
        #expect(pool.pool.liveWorkerCount == 0)
    }

    @Test func terminateDropsQueuedTasks() throws {
        let started = ExecutorsLatch()
        let release = ExecutorsLatch()
        let ran = ExecutorsLog<Int>()
        let pool = try ThreadPool(processes: 1)
        let running = try pool.applyAsync {
            started.open()
            release.wait()
            ran.append(0)
            return 0
        }
        started.wait()
        let queued = try (1...2).map { value in
            try pool.applyAsync {
                ran.append(value)
                return value
            }
        }
        let mapped = try pool.imap({ (item: Int) in item }, [3])
        pool.terminate()
        release.open()
        try pool.join()
        #expect(try running.get() == 0)
        for result in queued {
            #expect(result.ready)
            #expect(try !result.successful())
            #expect(throws: CancelledError("the pool was terminated before this task ran")) {
                try result.get()
            }
        }
        #expect(throws: CancelledError.self) { try mapped.next() }
        #expect(ran.elements == [0])
        #expect(pool.pool.liveWorkerCount == 0)
    }

    @Test func scopedPoolTerminatesOnExit() throws {
        let release = ExecutorsLatch()
        let started = ExecutorsLatch()
        var leftover: AsyncResult<Int>?
        var releaser: NativeThread?
        let pool = try withThreadPool(processes: 1) { pool in
            _ = try pool.applyAsync {
                started.open()
                release.wait()
                return 0
            }
            started.wait()
            leftover = try pool.applyAsync { 1 }
            // The running task may finish only once the exit has terminated the pool.
            releaser = try NativeThread.spawn(name: "releaser") {
                _ = executorsEventually { !pool.pool.isOpen }
                release.open()
            }
            return pool
        }
        releaser?.join()
        #expect(pool.pool.liveWorkerCount == 0)
        #expect(throws: CancelledError.self) { try leftover?.get() }
    }

    @Test func workersAreNamedAndCountedAsInPython() throws {
        let pool = try ThreadPool()
        #expect(pool.processes == PythonPoolNaming.cpuCount)
        pool.close()
        try pool.join()
        #expect(throws: ValueError("Number of processes must be at least 1")) { try ThreadPool(processes: 0) }
        #expect(throws: ValueError("processes must be at most 256 in Spindle, not 257")) {
            try ThreadPool(processes: 257)
        }
    }
}
