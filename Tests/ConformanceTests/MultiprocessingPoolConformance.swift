import Multiprocessing
import TestSupport
import Testing
import Threading

/// CPython's `sqr` without its optional wait (the tests that wait make pools of their own).
private func square(_ value: Int) -> Int { value * value }

private struct RuntimeFailure: Error, CustomStringConvertible {
    var description: String { "RuntimeError: 123" }
}

/// CPython's `_TestPool` cases that need only a pool of 4 squaring workers (its `setUpClass`
/// pool): `test_apply`, `test_map`, `test_map_chunksize`, `test_imap`, `test_imap_unordered`.
struct PoolOfSquares: HostedProgram {
    enum Case: String, Codable, Sendable {
        case apply, map, mapChunksize, imap, imapUnordered
    }

    static func main(_ which: Case) throws -> [String] {
        var checks = Checks()
        let pool = try ProcessPool<Int, Int>(processes: 4, tracer: .disabled, function: square)
        defer { pool.terminate() }
        switch which {
        case .apply:
            checks.check(try pool.apply(5) == 25, "apply(sqr, (5,))")
        case .map:
            checks.check(try pool.map(Array(0..<10)) == (0..<10).map(square), "map over 10")
            checks.check(
                try pool.map(Array(0..<100), chunksize: 20) == (0..<100).map(square), "map, chunksize 20")
        case .mapChunksize:
            checks.check(try pool.map([], chunksize: 1) == [], "map of nothing with chunksize 1")
        case .imap:
            checks.check(Array(try pool.imap(Array(0..<10))) == (0..<10).map(square), "list(imap(...))")
            let one = try pool.imap(Array(0..<10))
            for index in 0..<10 {
                checks.check(try one.next(timeout: 60) == index * index, "next() #\(index)")
            }
            checks.check(try one.next(timeout: 60) == nil, "the end after 10")
            let chunked = try pool.imap(Array(0..<1000), chunksize: 100)
            var chunkedOutputs: [Int] = []
            for _ in 0..<1000 { chunkedOutputs.append(try chunked.next(timeout: 60) ?? -1) }
            checks.check(chunkedOutputs == (0..<1000).map(square), "1000 next() with chunksize 100")
            checks.check(try chunked.next(timeout: 60) == nil, "the end after 1000")
        case .imapUnordered:
            checks.check(
                Array(try pool.imapUnordered(Array(0..<10))).sorted() == (0..<10).map(square),
                "imap_unordered over 10")
            checks.check(
                Array(try pool.imapUnordered(Array(0..<1000), chunksize: 100)).sorted()
                    == (0..<1000).map(square),
                "imap_unordered, chunksize 100")
        }
        return checks.failures
    }
}

/// CPython's `_TestPool.test_starmap`: the function applied to argument pairs. Spindle's pool
/// takes one argument per call, so the pair is that argument.
struct PoolStarmap: HostedProgram {
    static func main(_ arguments: NoOutput) throws -> [String] {
        var checks = Checks()
        let pool = try ProcessPool<[Int], Int>(processes: 4, tracer: .disabled) { $0[0] * $0[1] }
        defer { pool.terminate() }
        for count in [10, 100] {
            let pairs = (0..<count).map { [$0, count - 1 - $0] }
            let chunksize = count == 100 ? 20 : nil
            checks.check(
                try pool.map(pairs, chunksize: chunksize) == pairs.map { $0[0] * $0[1] },
                "starmap over \(count)")
        }
        return checks.failures
    }
}

/// CPython's `_TestPool.test_async` and `test_async_timeout`: an asynchronous call's result
/// arrives after the call's own wait, and a get with a shorter timeout raises TimeoutError.
struct PoolAsync: HostedProgram {
    static func main(_ timesOut: Bool) throws -> [String] {
        var checks = Checks()
        let wait = timesOut ? 30 : 0.1
        let pool = try ProcessPool<Int, Int>(processes: timesOut ? 3 : 4, tracer: .disabled) { value in
            Time.sleep(wait, tracer: .disabled)
            return value * value
        }
        defer { pool.terminate() }
        let result = try pool.applyAsync(timesOut ? 6 : 7)
        if timesOut {
            var raised = false
            let taken = secondsTaken {
                raised = throwsError(TimeoutError.self) { _ = try result.get(timeout: 0.1) }
            }
            checks.check(raised, "get(timeout=TIMEOUT2) raises TimeoutError")
            checks.checkWaited(taken, atLeast: 0.1, "get(timeout=TIMEOUT2)")
            pool.terminate()
            checks.check(try pool.join(timeout: 60), "the terminated pool joins")
        } else {
            var value = 0
            let taken = try secondsTaken { value = try result.get(timeout: 60) }
            checks.check(value == 49, "get() is sqr(7)")
            checks.checkWaited(taken, atLeast: 0.1, "get() of a call that waits TIMEOUT1")
        }
        return checks.failures
    }
}

/// CPython's `_TestPool.test_make_pool`, `test_terminate`, `test_empty_iterable` and
/// `test_context`: a pool's life from creation to terminate, each on a pool of its own.
struct PoolLifecycle: HostedProgram {
    enum Case: String, Codable, Sendable {
        case makePool, terminate, emptyIterable, context
    }

    static func main(_ which: Case) throws -> [String] {
        var checks = Checks()
        switch which {
        case .makePool:
            for processes in [-1, 0] {
                checks.check(
                    throwsError(ValueError.self) {
                        _ = try ProcessPool<Int, Int>(processes: processes, function: square)
                    },
                    "Pool(\(processes)) raises ValueError")
            }
            let pool = try ProcessPool<Int, Int>(processes: 3, tracer: .disabled, function: square)
            checks.check(pool.processes == 3, "Pool(3) has 3 workers")
            pool.close()
            checks.check(try pool.join(timeout: 60), "a closed pool joins")
        case .terminate:
            // Tasks that would take "for ever": terminate must not wait for them.
            let pool = try ProcessPool<Double, Int>(processes: 3, tracer: .disabled) { seconds in
                Time.sleep(seconds, tracer: .disabled)
                return 0
            }
            let results = try (0..<100).map { _ in try pool.applyAsync(300) }
            pool.terminate()
            checks.check(try pool.join(timeout: 60), "the terminated pool joins")
            checks.check(
                throwsError(CancelledError.self) { _ = try results[0].get(timeout: 1) },
                "unfinished work is cancelled")
        case .emptyIterable:
            let pool = try ProcessPool<Int, Int>(processes: 1, tracer: .disabled, function: square)
            checks.check(try pool.map([]) == [], "map of nothing")
            checks.check(Array(try pool.imap([])) == [], "imap of nothing")
            checks.check(Array(try pool.imapUnordered([])) == [], "imap_unordered of nothing")
            pool.close()
            checks.check(try pool.join(timeout: 60), "a closed pool joins")
        case .context:
            var kept: ProcessPool<Int, Int>?
            let mapped = try withProcessPool(processes: 2, function: square) { pool in
                kept = pool
                return try pool.map(Array(0..<10))
            }
            checks.check(mapped == (0..<10).map(square), "map inside the with block")
            if let kept {
                checks.check(try kept.join(timeout: 60), "the pool joins after the with block")
                checks.check(
                    throwsError(ValueError.self) { _ = try kept.map(Array(0..<10)) },
                    "map after the with block")
            }
        }
        return checks.failures
    }
}

/// CPython's `_TestPool.test_traceback`, `test_wrapped_exception` and `test_map_no_failfast`:
/// what a function raises in a worker reaches the caller, and a pool whose map failed still
/// closes and joins.
struct PoolErrors: HostedProgram {
    enum Case: String, Codable, Sendable {
        case traceback, wrappedException, mapNoFailfast
    }

    static func main(_ which: Case) throws -> [String] {
        var checks = Checks()
        let pool = try ProcessPool<Int, Int>(processes: which == .mapNoFailfast ? 2 : 1, tracer: .disabled) {
            _ in
            throw RuntimeFailure()
        }
        defer { pool.terminate() }
        switch which {
        case .traceback, .wrappedException:
            do {
                _ = try pool.apply(0)
                checks.check(false, "apply raises what the function raised")
            } catch let error as PoolTaskError {
                if which == .traceback {
                    checks.check(error.message.contains("123"), "the error names the cause: \(error.message)")
                }
            }
        case .mapNoFailfast:
            checks.check(throwsError(PoolTaskError.self) { _ = try pool.map([0, 1]) }, "map raises")
            pool.close()
            checks.check(try pool.join(timeout: 60), "the pool closes and joins after a failed map")
        }
        return checks.failures
    }
}

@Suite("CPython _test_multiprocessing: _TestPool", .forksProcesses)
struct MultiprocessingPoolConformance {
    @Test("_test_multiprocessing._TestPool.test_apply: apply returns the worker's result")
    func apply() throws {
        #expect(try runHosted(PoolOfSquares.self, .apply) == [])
    }

    @Test(
        "_test_multiprocessing._TestPool.test_map: map returns every result in order, with or without a chunksize"
    )
    func map() throws {
        #expect(try runHosted(PoolOfSquares.self, .map) == [])
    }

    @Test(
        "_test_multiprocessing._TestPool.test_starmap: map over argument pairs returns every result in order")
    func starmap() throws {
        #expect(try runHosted(PoolStarmap.self, NoOutput()) == [])
    }

    @Test(
        "_test_multiprocessing._TestPool.test_map_chunksize: map of nothing with a chunksize returns at once, empty"
    )
    func mapChunksize() throws {
        #expect(try runHosted(PoolOfSquares.self, .mapChunksize) == [])
    }

    @Test(
        "_test_multiprocessing._TestPool.test_async: apply_async's get returns the result once the call is done"
    )
    func async() throws {
        #expect(try runHosted(PoolAsync.self, false) == [])
    }

    @Test(
        "_test_multiprocessing._TestPool.test_async_timeout: apply_async's get raises TimeoutError after its timeout"
    )
    func asyncTimeout() throws {
        #expect(try runHosted(PoolAsync.self, true) == [])
    }

    @Test(
        "_test_multiprocessing._TestPool.test_imap: imap yields every result in order, then stops, with or without a chunksize"
    )
    func imap() throws {
        #expect(try runHosted(PoolOfSquares.self, .imap) == [])
    }

    @Test("_test_multiprocessing._TestPool.test_imap_unordered: imap_unordered yields every result once")
    func imapUnordered() throws {
        #expect(try runHosted(PoolOfSquares.self, .imapUnordered) == [])
    }

    @Test(
        "_test_multiprocessing._TestPool.test_make_pool: fewer than one process raises ValueError; Pool(3) has 3 workers"
    )
    func makePool() throws {
        #expect(try runHosted(PoolLifecycle.self, .makePool) == [])
    }

    @Test(
        "_test_multiprocessing._TestPool.test_terminate: terminate stops a pool busy with endless tasks, and it joins"
    )
    func terminate() throws {
        #expect(try runHosted(PoolLifecycle.self, .terminate) == [])
    }

    @Test(
        "_test_multiprocessing._TestPool.test_empty_iterable: map, imap and imap_unordered of nothing return nothing"
    )
    func emptyIterable() throws {
        #expect(try runHosted(PoolLifecycle.self, .emptyIterable) == [])
    }

    @Test(
        "_test_multiprocessing._TestPool.test_context: a pool used in a with block is terminated after it and refuses work"
    )
    func context() throws {
        #expect(try runHosted(PoolLifecycle.self, .context) == [])
    }

    @Test(
        "_test_multiprocessing._TestPool.test_traceback: the error a function raises in a worker reaches the caller, naming its cause"
    )
    func traceback() throws {
        #expect(try runHosted(PoolErrors.self, .traceback) == [])
    }

    @Test(
        "_test_multiprocessing._TestPool.test_wrapped_exception: apply raises when the function raises in the worker"
    )
    func wrappedException() throws {
        #expect(try runHosted(PoolErrors.self, .wrappedException) == [])
    }

    @Test(
        "_test_multiprocessing._TestPool.test_map_no_failfast: after a failed map the pool still closes and joins"
    )
    func mapNoFailfast() throws {
        #expect(try runHosted(PoolErrors.self, .mapNoFailfast) == [])
    }
}
