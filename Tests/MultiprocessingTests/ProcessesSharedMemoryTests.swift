import Multiprocessing
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

struct CounterRun: Codable, Sendable {
    var workers: Int
    var increments: Int
}

/// Worker processes incrementing one shared value under its lock.
struct LockedCounter: HostedProgram {
    static func main(_ run: CounterRun) throws -> Int {
        let counter = try SharedValue<Int>(0)
        let workers = (0..<run.workers).map { _ in
            Process { for _ in 0..<run.increments { counter.withLock { $0 += 1 } } }
        }
        for worker in workers { try worker.start() }
        for worker in workers { try worker.join(timeout: 120) }
        return counter.value
    }
}

struct HandOff: Codable, Sendable, Equatable {
    var childSawEvent: Bool
    var parentSawCondition: Bool
    var array: [Int]
    var lockReleasedByChild: Bool
}

/// Signals travelling both ways between processes: an event the parent sets, a condition the
/// child notifies, an array the child fills, and a lock the child releases for the parent.
struct SignalsAcrossProcesses: HostedProgram {
    static func main(_ arguments: NoOutput) throws -> HandOff {
        let go = try ProcessEvent()
        let condition = try ProcessCondition()
        let filled = try SharedValue<Bool>(false)
        let array = try SharedArray<Int>([0, 0, 0, 0, 0])
        let baton = try ProcessLock()
        baton.acquire()
        let child = Process {
            guard go.wait(timeout: 60) else { OS.exit(2) }
            for index in 0..<5 { array[index] = index * index }
            try baton.release()
            try condition.withLock {
                filled.value = true
                try condition.notifyAll()
            }
        }
        try child.start()
        go.set()
        let released = baton.acquire(timeout: 60)
        let notified = try condition.withLock { try condition.waitFor({ filled.value }, timeout: 60) }
        try child.join(timeout: 60)
        return HandOff(
            childSawEvent: child.exitCode == 0, parentSawCondition: notified, array: array.toArray(),
            lockReleasedByChild: released)
    }
}

@Suite("Processes: shared memory between processes", .forksProcesses)
struct ProcessesSharedMemoryTests {
    @Test("4 processes × 10,000 locked increments of one shared value are exact")
    func lockedCounterIsExact() throws {
        #expect(try runHosted(LockedCounter.self, CounterRun(workers: 4, increments: 10_000)) == 40_000)
    }

    @Test("events, conditions, arrays and locks work across processes")
    func signals() throws {
        let handOff = try runHosted(SignalsAcrossProcesses.self, NoOutput())
        #expect(
            handOff
                == HandOff(
                    childSawEvent: true, parentSawCondition: true, array: [0, 1, 4, 9, 16],
                    lockReleasedByChild: true))
    }
}
