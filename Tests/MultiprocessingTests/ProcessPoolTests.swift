import Multiprocessing
import TestSupport
import Testing
import Threading

#if canImport(Glibc)
import Glibc
#endif

struct PoolSemantics: Codable, Sendable, Equatable {
    var mapped: [Int]
    var mappedInChunks: [Int]
    var applied: Int
    var asyncValue: Int
    var asyncSuccessful: Bool
    var unordered: [Int]
    var joinBeforeClose: String
    var failure: String
    var asyncFailureSuccessful: Bool
    var submitAfterClose: String
}

struct Unlucky: Error, CustomStringConvertible {
    var description: String { "ValueError: 13 is unlucky" }
}

/// Exercises the pool's API the way the Python documentation does, and reports what it saw.
struct PoolBasics: HostedProgram {
    static func main(_ arguments: NoOutput) throws -> PoolSemantics {
        let pool = try ProcessPool<Int, Int>(processes: 2) { value in
            if value == 13 { throw Unlucky() }
            return value * value
        }
        let mapped = try pool.map(Array(0..<1000).filter { $0 != 13 })
        let chunked = try pool.map(Array(0..<12), chunksize: 5)
        let applied = try pool.apply(7)
        let pending = try pool.applyAsync(9)
        let asyncValue = try pending.get(timeout: 60)
        let unordered = Array(try pool.imapUnordered(Array(20..<40), chunksize: 3))
        var joinBeforeClose = ""
        do { try pool.join() } catch { joinBeforeClose = String(describing: error) }
        var failure = ""
        do { _ = try pool.map([12, 13, 14]) } catch { failure = String(describing: error) }
        let failing = try pool.applyAsync(13)
        failing.wait(timeout: 60)
        let failingSuccessful = try failing.successful()
        pool.close()
        var submitAfterClose = ""
        do { _ = try pool.apply(1) } catch { submitAfterClose = String(describing: error) }
        try pool.join(timeout: 60)
        return PoolSemantics(
            mapped: mapped, mappedInChunks: chunked, applied: applied, asyncValue: asyncValue,
            asyncSuccessful: try pending.successful(), unordered: unordered.sorted(),
            joinBeforeClose: joinBeforeClose, failure: failure, asyncFailureSuccessful: failingSuccessful,
            submitAfterClose: submitAfterClose)
    }
}

/// `imap` must hand out the first output while the second is still being computed: the second
/// task waits for an event that the parent sets only after it has the first output.
struct PoolIMapIsLazy: HostedProgram {
    static func main(_ arguments: NoOutput) throws -> [Int] {
        let firstSeen = try ProcessEvent()
        let pool = try ProcessPool<Int, Int>(processes: 2) { value in
            if value == 1 { return firstSeen.wait(timeout: 30) ? 1 : -1 }
            return value
        }
        let outputs = try pool.imap([0, 1])
        var seen: [Int] = []
        while let output = try outputs.next(timeout: 60) {
            seen.append(output)
            firstSeen.set()
        }
        return seen
    }
}

struct TerminateReport: Codable, Sendable, Equatable {
    var submitted: Int
    var finished: Int
    var errors: [String]
    var workersLeft: Int
}

/// Leaving the scoped pool terminates work still running, as `with Pool() as p:` does.
struct PoolScopeTerminates: HostedProgram {
    static func main(_ arguments: NoOutput) throws -> TerminateReport {
        let never = try ProcessEvent()
        var pids: [Int32] = []
        var pendingResults: [ProcessPool<Int, Int>.AsyncResult] = []
        try withProcessPool(
            processes: 2,
            function: { (value: Int) -> Int in
                _ = never.wait(timeout: 60)
                return value
            }
        ) { pool in
            pendingResults = try (0..<4).map { try pool.applyAsync($0) }
            pids = childPIDs()
        }
        var errors: [String] = []
        var finished = 0
        for result in pendingResults {
            do {
                _ = try result.get(timeout: 60)
                finished += 1
            } catch {
                errors.append(String(describing: type(of: error)))
            }
        }
        return TerminateReport(
            submitted: 4, finished: finished, errors: errors,
            workersLeft: pids.filter { kill($0, 0) == 0 }.count)
    }
}

/// A worker killed in the middle of a task: that task fails, the pool carries on.
struct PoolWorkerDies: HostedProgram {
    static func main(_ arguments: NoOutput) throws -> [String] {
        let pool = try ProcessPool<Int, Int>(processes: 2) { value in
            if value < 0 { kill(getpid(), SIGKILL) }
            return value + 1
        }
        var seen: [String] = []
        do {
            _ = try pool.apply(-1)
        } catch {
            seen.append(String(describing: error))
        }
        seen.append(String(try pool.apply(41)))
        seen.append(String(try pool.map([1, 2, 3]).reduce(0, +)))
        pool.terminate()
        try pool.join()
        return seen
    }
}

/// Outputs that own memory, with the function failing part-way through a chunk: the outputs
/// already made must be released and the pool must carry on.
struct PoolFailsMidChunk: HostedProgram {
    static func main(_ arguments: NoOutput) throws -> [String] {
        let pool = try ProcessPool<Int, String>(processes: 2) { value in
            if value == 13 { throw Unlucky() }
            return String(repeating: "x", count: 100) + String(value)
        }
        var seen: [String] = []
        do {
            _ = try pool.map(Array(0..<40), chunksize: 20)
        } catch {
            seen.append(String(describing: error))
        }
        let mapped = try pool.map(Array(14..<40), chunksize: 20)
        seen.append(mapped.map { String($0.dropFirst(100)) }.joined(separator: ","))
        pool.close()
        try pool.join(timeout: 60)
        return seen
    }
}

/// Maps whose records grow and shrink, of a packed type and of one that is not, so that every
/// buffer kept from task to task (the parent's task record and result buffer, each worker's
/// record and reply) is reused for a record shorter than the one before it and grown for a
/// longer one. The largest map sends about 9.6 MB of arguments, more than the task queue
/// holds, so records can also have to wait in the backlog. Reports whether each map came back intact.
struct PoolReusesBuffers: HostedProgram {
    static func main(_ arguments: NoOutput) throws -> [Bool] {
        let doubled = try ProcessPool<Int, Int>(processes: 2) { $0 &* 2 }
        let labelled = try ProcessPool<String, String>(processes: 2) { "<" + $0 + ">" }
        var intact: [Bool] = []
        for count in [1_200_000, 3, 50_000, 1, 200_000] {
            let items = (0..<count).map { $0 &* 7 &- 5 }
            intact.append(try doubled.map(items) == items.map { $0 &* 2 })
        }
        for (count, length) in [(5_000, 40), (2, 1), (3_000, 200), (50, 3)] {
            let items = (0..<count).map { String(repeating: "ab", count: ($0 % length) + 1) + String($0) }
            intact.append(try labelled.map(items, chunksize: 7) == items.map { "<" + $0 + ">" })
        }
        doubled.close()
        labelled.close()
        try doubled.join(timeout: 60)
        try labelled.join(timeout: 60)
        return intact
    }
}

/// Children of this process, from /proc.
func childPIDs() -> [Int32] {
    childProcesses(of: getpid()).map(\.pid)
}

@Suite("ProcessPool", .forksProcesses)
struct ProcessPoolTests {
    @Test("map, apply, applyAsync and imapUnordered give Python's results; errors reach the caller")
    func semantics() throws {
        let report = try runHosted(PoolBasics.self, NoOutput())
        #expect(report.mapped == Array(0..<1000).filter { $0 != 13 }.map { $0 * $0 })
        #expect(report.mappedInChunks == (0..<12).map { $0 * $0 })
        #expect(report.applied == 49)
        #expect(report.asyncValue == 81)
        #expect(report.asyncSuccessful)
        #expect(report.unordered == (20..<40).map { $0 * $0 })
        #expect(report.joinBeforeClose == "ValueError: Pool is still running")
        #expect(report.failure == "ValueError: 13 is unlucky")
        #expect(!report.asyncFailureSuccessful)
        #expect(report.submitAfterClose == "ValueError: Pool not running")
    }

    @Test("records that grow, shrink and wait for room in the queue all come back intact")
    func reusedBuffers() throws {
        #expect(try runHosted(PoolReusesBuffers.self, NoOutput()) == Array(repeating: true, count: 9))
    }

    @Test("imap yields the first output while later ones are still running")
    func imapIsLazy() throws {
        #expect(try runHosted(PoolIMapIsLazy.self, NoOutput()) == [0, 1])
    }

    @Test("leaving the scoped pool terminates unfinished work")
    func scopeTerminates() throws {
        let report = try runHosted(PoolScopeTerminates.self, NoOutput())
        #expect(report.finished == 0)
        #expect(report.errors == Array(repeating: "CancelledError", count: 4))
        #expect(report.workersLeft == 0)
    }

    @Test("a function failing part-way through a chunk of owned outputs fails that map only")
    func failureMidChunk() throws {
        let seen = try runHosted(PoolFailsMidChunk.self, NoOutput())
        #expect(seen == ["ValueError: 13 is unlucky", (14..<40).map(String.init).joined(separator: ",")])
    }

    @Test("a worker that dies mid-task fails that task and is replaced")
    func deadWorker() throws {
        let seen = try runHosted(PoolWorkerDies.self, NoOutput())
        #expect(seen.count == 3)
        #expect(seen.first?.contains("was killed by signal 9") == true)
        #expect(seen.dropFirst().elementsEqual(["42", "9"]))
    }
}
