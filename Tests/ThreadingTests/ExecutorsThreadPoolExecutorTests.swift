import Testing

@testable import Threading

@Suite struct ExecutorsThreadPoolExecutorTests {
    @Test func mapYieldsInInputOrderWhenTasksFinishOutOfOrder() throws {
        let firstMayFinish = ExecutorsLatch()
        let finished = ExecutorsLog<Int>()
        let values = try withExecutor(maxWorkers: 2) { executor in
            try executor.map(
                { (item: Int) -> Int in
                    if item == 0 { firstMayFinish.wait() }
                    finished.append(item)
                    if item == 1 { firstMayFinish.open() }
                    return item * 10
                }, [0, 1]
            ).collect()
        }
        #expect(values == [0, 10])
        #expect(finished.elements == [1, 0])
    }

    @Test func resultRethrowsTheTaskError() throws {
        try withExecutor(maxWorkers: 1) { executor in
            let future = try executor.submit { () throws -> Int in throw ExecutorsTestError(value: 7) }
            #expect(throws: ExecutorsTestError(value: 7)) { try future.result() }
            #expect(try future.exception() as? ExecutorsTestError == ExecutorsTestError(value: 7))
            #expect(future.done && !future.cancelled)
        }
    }

    @Test func mapRethrowsAtTheFailingItemAndThenStops() throws {
        try withExecutor(maxWorkers: 2) { executor in
            let results = try executor.map(
                { (item: Int) throws -> Int in
                    if item == 2 { throw ExecutorsTestError(value: item) }
                    return item
                }, [1, 2, 3])
            #expect(try results.next() == 1)
            #expect(throws: ExecutorsTestError(value: 2)) { try results.next() }
            #expect(try results.next() == nil)
        }
    }

    @Test func cancellingAPendingFutureKeepsItFromRunning() throws {
        let started = ExecutorsLatch()
        let release = ExecutorsLatch()
        let ran = ExecutorsLog<String>()
        let executor = try ThreadPoolExecutor(maxWorkers: 1)
        let first = try executor.submit {
            started.open()
            release.wait()
            return 1
        }
        started.wait()
        let second = try executor.submit {
            ran.append("second")
            return 2
        }
        #expect(!second.running && !second.done)
        #expect(second.cancel())
        #expect(!first.cancel())
        #expect(first.running)
        release.open()
        #expect(try first.result() == 1)
        #expect(throws: CancelledError.self) { try second.result() }
        #expect(throws: CancelledError.self) { try second.exception() }
        #expect(second.cancelled && second.done)
        executor.shutdown()
        #expect(ran.elements.isEmpty)
    }

    @Test func resultTimesOutWhileTheTaskRuns() throws {
        let release = ExecutorsLatch()
        try withExecutor(maxWorkers: 1) { executor in
            let future = try executor.submit { release.wait() }
            #expect(throws: TimeoutError.self) { try future.result(timeout: 0.05) }
            #expect(!future.done)
            release.open()
            #expect(try future.result(timeout: 10))
        }
    }

    @Test func mapThrowsTimeoutErrorWhenAResultIsLate() throws {
        let release = ExecutorsLatch()
        try withExecutor(maxWorkers: 1) { executor in
            let results = try executor.map(
                { (item: Int) in
                    release.wait()
                    return item
                }, [0, 1], timeout: 0.05)
            #expect(throws: TimeoutError.self) { try results.next() }
            // Python's generator is finished after raising, and the rest is cancelled.
            #expect(try results.next() == nil)
            release.open()
        }
    }

    @Test func shutdownWithWaitJoinsEveryWorker() throws {
        let executor = try ThreadPoolExecutor(maxWorkers: 4)
        let results = try executor.map({ (item: Int) in item + 1 }, 0..<1000).collect()
        #expect(results == Array(1...1000))
        #expect(executor.pool.startedWorkerCount >= 1)
        executor.shutdown(wait: true)
        #expect(executor.pool.liveWorkerCount == 0)
        executor.shutdown()
    }

    @Test func submitAfterShutdownThrows() throws {
        let executor = try ThreadPoolExecutor(maxWorkers: 1)
        executor.shutdown()
        #expect(throws: RuntimeError("cannot schedule new futures after shutdown")) {
            try executor.submit { 1 }
        }
        #expect(throws: RuntimeError("cannot schedule new futures after shutdown")) {
            try executor.map({ (item: Int) in item }, [1])
        }
    }

    @Test func shutdownWithCancelFuturesCancelsQueuedWork() throws {
        let started = ExecutorsLatch()
        let release = ExecutorsLatch()
        let executor = try ThreadPoolExecutor(maxWorkers: 1)
        let running = try executor.submit {
            started.open()
            release.wait()
            return 0
        }
        started.wait()
        let queued = try (1...3).map { value in try executor.submit { value } }
        executor.shutdown(wait: false, cancelFutures: true)
        #expect(queued.allSatisfy { $0.cancelled })
        release.open()
        executor.shutdown(wait: true)
        #expect(try running.result() == 0)
        for future in queued {
            #expect(throws: CancelledError.self) { try future.result() }
        }
        #expect(executor.pool.liveWorkerCount == 0)
    }

    @Test func doneCallbacksRunOnceEvenWhenAddedAfterCompletion() throws {
        let release = ExecutorsLatch()
        let calledBack = ExecutorsLatch()
        let calls = ExecutorsLog<String>()
        try withExecutor(maxWorkers: 1) { executor in
            let future = try executor.submit { release.wait() }
            future.addDoneCallback { finished in
                calls.append("before: \((try? finished.result()) ?? false)")
                calledBack.open()
            }
            release.open()
            // As in Python, callbacks run on the worker after waiters are woken.
            calledBack.wait()
            future.addDoneCallback { _ in calls.append("after") }
            #expect(calls.elements == ["before: true", "after"])
        }
        #expect(calls.elements == ["before: true", "after"])
    }

    @Test func cancellingRunsTheCallbacks() throws {
        let started = ExecutorsLatch()
        let release = ExecutorsLatch()
        let calls = ExecutorsLog<Bool>()
        try withExecutor(maxWorkers: 1) { executor in
            _ = try executor.submit {
                started.open()
                release.wait()
            }
            started.wait()
            let pending = try executor.submit { 1 }
            pending.addDoneCallback { calls.append($0.cancelled) }
            pending.cancel()
            pending.cancel()
            release.open()
        }
        #expect(calls.elements == [true])
    }

    @Test func waitReturnsAsSoonAsTheConditionHolds() throws {
        let release = ExecutorsLatch()
        try withExecutor(maxWorkers: 3) { executor in
            let slow = try executor.submit { () throws -> Int in
                release.wait()
                return 0
            }
            let quick = try executor.submit { () throws -> Int in 1 }
            let failing = try executor.submit { () throws -> Int in throw ExecutorsTestError(value: 2) }

            let first = wait([slow, quick], returnWhen: .firstCompleted)
            #expect(first.done.map { ObjectIdentifier($0) } == [ObjectIdentifier(quick)])
            #expect(first.notDone.map { ObjectIdentifier($0) } == [ObjectIdentifier(slow)])

            let exception = wait([slow, failing], returnWhen: .firstException)
            #expect(exception.done.map { ObjectIdentifier($0) } == [ObjectIdentifier(failing)])

            let timedOut = wait([slow, quick], timeout: 0.05)
            #expect(timedOut.notDone.count == 1)

            release.open()
            let all = wait([slow, quick, failing, quick])
            #expect(all.done.count == 3 && all.notDone.isEmpty)
        }
    }

    @Test func asCompletedYieldsInCompletionOrderAndTimesOut() throws {
        let release = ExecutorsLatch()
        try withExecutor(maxWorkers: 2) { executor in
            let slow = try executor.submit { () -> Int in
                release.wait()
                return 0
            }
            let quick = try executor.submit { 1 }
            _ = try quick.result()

            let impatient = asCompleted([slow, quick], timeout: 0.05)
            #expect(try impatient.next() === quick)
            #expect(throws: TimeoutError("1 (of 2) futures unfinished")) { try impatient.next() }

            let patient = asCompleted([slow, quick])
            #expect(try patient.next() === quick)
            release.open()
            #expect(try patient.next() === slow)
            #expect(try patient.next() == nil)
        }
    }

    @Test func futuresOfDifferentTypesCanBeAwaitedTogether() throws {
        try withExecutor(maxWorkers: 2) { executor in
            let futures: [AnyFuture] = [try executor.submit { 1 }, try executor.submit { "two" }]
            #expect(wait(futures).done.count == 2)
            #expect(
                futures.map(\.description) == [
                    "<Future state=finished returned Int>", "<Future state=finished returned String>",
                ])
        }
    }

    @Test func workersStartLazilyUpToMaxWorkers() throws {
        let executor = try ThreadPoolExecutor(maxWorkers: 3)
        #expect(executor.pool.startedWorkerCount == 0)
        for value in 0..<5 {
            #expect(try executor.submit { value }.result() == value)
            #expect(executorsEventually { executor.pool.idleWorkerCount == 1 })
        }
        // Each submission found the first worker idle again, so no other one was needed.
        #expect(executor.pool.startedWorkerCount == 1)
        let release = ExecutorsLatch()
        let blocked = try (0..<5).map { _ in try executor.submit { release.wait() } }
        #expect(executor.pool.startedWorkerCount == 3)
        release.open()
        #expect(try blocked.allSatisfy { try $0.result() })
        executor.shutdown()
    }

    @Test func workerCountsFollowPythonAndTheCap() throws {
        let executor = try ThreadPoolExecutor()
        #expect(executor.maxWorkers == min(32, PythonPoolNaming.cpuCount + 4))
        #expect(executor.threadNamePrefix.hasPrefix("ThreadPoolExecutor-"))
        #expect(throws: ValueError("max_workers must be greater than 0")) {
            try ThreadPoolExecutor(maxWorkers: 0)
        }
        #expect(throws: ValueError("max_workers must be at most 256 in Spindle, not 300")) {
            try ThreadPoolExecutor(maxWorkers: 300)
        }
    }

    @Test func droppingAMapIteratorCancelsTheRest() throws {
        let started = ExecutorsLatch()
        let release = ExecutorsLatch()
        let ran = ExecutorsLog<Int>()
        try withExecutor(maxWorkers: 1) { executor in
            var results: ExecutorMapIterator<Int>? = try executor.map(
                { (item: Int) in
                    ran.append(item)
                    if item == 0 {
                        started.open()
                        release.wait()
                    }
                    return item
                }, 0..<4)
            started.wait()
            results = nil
            #expect(results == nil)
            release.open()
        }
        #expect(ran.elements == [0])
    }
}
