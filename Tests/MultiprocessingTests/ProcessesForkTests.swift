import Multiprocessing
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// What a forking program saw on each side of `fork()`.
struct ForkSides: Codable, Sendable, Equatable {
    var parentPID: Int32
    var childPID: Int32
    var childExitCode: Int32
    var parentValueAfterChildChangedIt: Int
}

/// Forks once: the child checks what fork returned to it and what its parent is, changes a
/// variable, and reports through its exit code; the parent waits and reports.
struct ForkBothSides: HostedProgram {
    static func main(_ arguments: Int) throws -> ForkSides {
        var value = arguments
        let parent = OS.getpid()
        let pid = try OS.fork()
        if pid == 0 {
            value += 1000
            let sawZero = true
            let parentIsRight = OS.getppid() == parent
            OS.exit(sawZero && parentIsRight && value == arguments + 1000 ? 42 : 1)
        }
        let waited = try OS.waitpid(pid, timeout: 30)
        return ForkSides(
            parentPID: parent, childPID: pid, childExitCode: waited?.exitCode ?? -999,
            parentValueAfterChildChangedIt: value)
    }
}

/// Forks and reaps `count` children one after another.
struct ForkExitWaitCycles: HostedProgram {
    static func main(_ count: Int) throws -> Int {
        var reaped = 0
        for cycle in 0..<count {
            let pid = try OS.fork()
            if pid == 0 { OS.exit(Int32(cycle % 100)) }
            if let result = try OS.waitpid(pid, timeout: 30), result.exitCode == Int32(cycle % 100) {
                reaped += 1
            }
        }
        return reaped
    }
}

/// Forks `count` children before reaping any: more processes at once than the demo may run.
struct ForkBeyondLimit: HostedProgram {
    static func main(_ count: Int) throws -> NoOutput {
        var children: [Int32] = []
        defer { for child in children { _ = try? OS.waitpid(child, timeout: 30) } }
        for _ in 0..<count {
            let pid = try OS.fork()
            if pid == 0 { OS.exit(0) }
            children.append(pid)
        }
        return NoOutput()
    }
}

/// Forks `depth` times in a row in every process, as `for i in range(n): os.fork()` does, and
/// reports how many processes the tree had: 2^depth.
struct ForkTree: HostedProgram {
    static func main(_ depth: Int) throws -> Int {
        var children: [Int32] = []
        var isOriginal = true
        for _ in 0..<depth {
            let pid = try OS.fork()
            if pid == 0 {
                children = []
                isOriginal = false
            } else {
                children.append(pid)
            }
        }
        // Each process counts itself plus what its children report through their exit codes.
        var total = 1
        for child in children {
            total += Int(try OS.waitpid(child, timeout: 30)?.exitCode ?? 0)
        }
        if !isOriginal { OS.exit(Int32(total)) }
        return total
    }
}

@Suite("Processes: fork", .forksProcesses)
struct ProcessesForkTests {
    @Test("fork returns 0 in the child and the child's pid in the parent; memory is copied")
    func forkSides() throws {
        let sides = try runHosted(ForkBothSides.self, 7)
        #expect(sides.childExitCode == 42)
        #expect(sides.childPID > 0 && sides.childPID != sides.parentPID)
        #expect(sides.parentValueAfterChildChangedIt == 7)
    }

    @Test("fork in a threaded process is refused with the reason")
    func forkRefusedWithThreads() throws {
        let error = #expect(throws: ForkInThreadedProcessError.self) { _ = try OS.fork() }
        #expect(error?.description.contains("deadlock") == true)
    }

    @Test("500 fork/exit/wait cycles inside a hosted program")
    func manyCyclesInsideHost() throws {
        #expect(try runHosted(ForkExitWaitCycles.self, 500) == 500)
    }

    @Test("a demo cannot run more processes at once than its limit, and may reuse the room")
    func processLimit() throws {
        _ = try runHosted(ForkBeyondLimit.self, 3, processLimit: 3)
        let error = #expect(throws: HostedProgramError.self) {
            _ = try runHosted(ForkBeyondLimit.self, 5, processLimit: 3)
        }
        #expect(error?.description.contains("at most 3 processes at once") == true)
    }

    @Test("forking in a loop makes 2^n processes, all reaped")
    func forkTree() throws {
        #expect(try runHosted(ForkTree.self, 4) == 16)
    }
}
