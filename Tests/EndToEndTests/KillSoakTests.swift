import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Demos killed at random moments, as a student's Ctrl-C, a closed terminal or the OOM killer
/// would: whatever the moment, nothing is left running, no zombie waits for a parent, and no
/// shared-memory entry or temporary file stays behind.
@Suite("Killed at random moments", .serialized)
struct KillSoakTests {
    /// Demos that between them fork, pipe, share memory, run pools and start CPython.
    private static let demos: [[String]] = [
        ["shared-counter", "speed=0"], ["shared-memory", "speed=0"],
        ["process-queue", "speed=0", "items=2000"],
        ["pool-map-imap", "speed=0"], ["pipe-pingpong", "speed=0"], ["fork-tree", "speed=0"],
        ["pipe-corruption", "speed=0"],
        ["gil", "speed=0", "cpython=on", "cpu_task_s=0.05", "io_task_s=0.05"],
    ]
    private static let signals: [(name: String, number: Int32)] = [
        ("SIGKILL", SIGKILL), ("SIGTERM", SIGTERM), ("Ctrl-C", SIGINT),
    ]

    @Test("100 runs killed with SIGKILL, SIGTERM or Ctrl-C at random moments leave nothing behind")
    func randomKills() throws {
        let state = try TemporaryFolder()
        let temporary = try TemporaryFolder()
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_STATE_HOME"] = state.path
        environment["TMPDIR"] = temporary.path
        environment["SPINDLE_LESSONS"] = nil
        let sharedMemoryBefore = Set((try? FileManager.default.contentsOfDirectory(atPath: "/dev/shm")) ?? [])
        var generator = SeededGenerator(state: 20_261_204)
        var running: [String] = []
        var zombies: [String] = []
        var tally: [String: Int] = [:]

        for round in 0..<100 {
            let demo = Self.demos[Int(generator.next() % UInt64(Self.demos.count))]
            let signal = Self.signals[Int(generator.next() % UInt64(Self.signals.count))]
            let delay = Double(generator.next() % 600) / 1000
            let run = try ChildProcess.start(
                [SpindleBinary.url.path, "run"] + demo + ["--plain"], environment: environment,
                newSession: true)
            Thread.sleep(forTimeInterval: delay)
            run.send(signal.number)
            _ = try run.wait()
            tally[signal.name, default: 0] += 1
            let label =
                "round \(round): \(demo.joined(separator: " ")), \(signal.name) after \(Int(delay * 1000)) ms"
            var left = ProcessTable.members(ofSession: run.pid)
            if signal.number == SIGKILL {
                // A killed Spindle can do nothing: its server notices the closed socket and ends
                // what it started, and becomes init's to reap. Only the living count here.
                for _ in 0..<200 where left.contains(where: { $0.state != "Z" }) {
                    Thread.sleep(forTimeInterval: 0.05)
                    left = ProcessTable.members(ofSession: run.pid)
                }
                left = left.filter { $0.state != "Z" }
            }
            running += left.filter { $0.state != "Z" }.map { "\(label): \($0)" }
            zombies += left.filter { $0.state == "Z" }.map { "\(label): \($0)" }
        }

        let sharedMemoryAfter = Set((try? FileManager.default.contentsOfDirectory(atPath: "/dev/shm")) ?? [])
        let newSharedMemory = sharedMemoryAfter.subtracting(sharedMemoryBefore)
        let temporaryFiles = try temporary.names()
        print(
            "kill soak: 100 runs (\(tally.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", "))): "
                + "\(running.count) processes left, \(zombies.count) zombies, "
                + "\(newSharedMemory.count) /dev/shm entries, \(temporaryFiles.count) temporary files")
        #expect(running.isEmpty, "left running:\n\(running.joined(separator: "\n"))")
        #expect(zombies.isEmpty, "zombies:\n\(zombies.joined(separator: "\n"))")
        #expect(newSharedMemory.isEmpty, "new in /dev/shm: \(newSharedMemory.sorted())")
        #expect(temporaryFiles.isEmpty, "left in TMPDIR: \(temporaryFiles)")
    }
}
