import Foundation
import TestSupport
import Testing

@testable import Demos

@Suite("Demo: lock-race")
struct LockRaceDemoTests {
    @Test("with the lock, no addition is lost")
    func lockedLosesNothing() async throws {
        let run = try await runDemo("lock-race", ["threads=3", "increments=3000", "lock=on"])
        #expect(try run.number("expected") == 9_000)
        #expect(try run.number("actual") == 9_000)
        #expect(try run.number("lost") == 0)
        #expect(try run.number("lost_watched") == 0)
        #expect(try run.number("lost_full_speed") == 0)
    }

    @Test("without the lock, lost is expected minus actual, and never negative")
    func unlockedAddsUp() async throws {
        let run = try await runDemo("lock-race", ["threads=2", "increments=3000", "lock=off"])
        #expect(try run.number("expected") == 6_000)
        #expect(try run.number("expected") - run.number("actual") == run.number("lost"))
        #expect(try run.number("lost") >= 0)
        #expect(try run.number("lost_watched") + run.number("lost_full_speed") == run.number("lost"))
    }

    @Test("paced, threads that read the same value lose additions without the lock")
    func pacedRaceLoses() async throws {
        let run = try await runDemo("lock-race", ["speed=50", "threads=2", "increments=3", "lock=off"])
        #expect(try run.number("expected") == 6)
        #expect(try run.number("lost") > 0)
        // Every round of this run is a watched one: its losses are the staged ones.
        #expect(try run.number("lost_watched") == run.number("lost"))
        #expect(try run.number("lost_full_speed") == 0)
    }

    @Test("at full speed, threads with sleep(0) between read and write lose additions, on one CPU too")
    func fullSpeedRaceLoses() async throws {
        let run = try await runDemo("lock-race", ["threads=3", "increments=2000", "lock=off"])
        #expect(try run.number("lost_full_speed") > 0)
    }

    @Test(
        "cpython=on shows the race script, then runs it and names the version",
        .enabled(if: Toolchain.hasPython3, "python3 is not installed"))
    func cpythonRace() async throws {
        let run = try await runDemo("lock-race", ["threads=2", "increments=100", "cpython=on"])
        #expect(try run.value("cpython") == "ran")
        #expect(run.notes.contains { $0.hasSuffix("|         counter += 1") })
        #expect(try run.value("cpython_version").first?.isNumber == true)
        let additions = try LockRaceDemo.cpythonArguments.map { try #require(Double($0)) }.reduce(1, *)
        let lostPlain = try run.number("cpython_lost_plain")
        #expect(lostPlain == lostPlain.rounded() && (0...additions).contains(lostPlain), "\(lostPlain)")
        // A call between the read and the write is a switch point on every CPython version.
        #expect(try run.number("cpython_lost_call") > 0)
    }

    @Test(
        "cpython=on without python3 shows the race script and says python3 is missing",
        .disabled(if: Toolchain.hasPython3, "python3 is installed, so the run is checked above"))
    func cpythonMissing() async throws {
        let run = try await runDemo("lock-race", ["threads=2", "increments=100", "cpython=on"])
        #expect(try run.value("cpython") == "missing")
        #expect(run.notes.contains { $0.hasSuffix("|         counter += 1") })
        #expect(run.notes.contains { $0.contains("python3 is not installed") })
    }

    @Test("the embedded race script is byte for byte the one kept in Benchmarks/python")
    func embeddedScriptMatchesTheFile() throws {
        let file = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Benchmarks/python/\(RaceExperimentScript.fileName)")
        #expect(try String(contentsOf: file, encoding: .utf8) == RaceExperimentScript.source)
    }

    @Test("only the first rounds are traced in detail, and one thread says so")
    func detailIsGated() async throws {
        let run = try await runDemo("lock-race", ["threads=3", "increments=2000"])
        #expect(run.events.count < 500)
        #expect(run.notes.filter { $0.contains("run at full speed") }.count == 1)
        #expect(Set(run.actors.map(\.name)).isSuperset(of: ["thread-1", "thread-2", "thread-3"]))
    }
}
