import Foundation
import TestSupport
import Testing
import Trace

@testable import Demos

@Suite("Demo: gil", .forksProcesses)
struct GILDemoTests {
    static let timedResults = [
        "cpu_1_thread_s", "cpu_2_threads_gil_s", "cpu_2_threads_nogil_s", "cpu_2_processes_s",
        "io_1_thread_s", "io_2_threads_gil_s", "parallelism_cpu_gil",
    ]
    /// Results that need two free CPUs: a number, or the reason the machine could not show it.
    static let parallelResults = ["speedup_cpu_nogil", "speedup_cpu_processes", "parallelism_cpu_nogil"]
    /// Each speedup, and the timings it divides, as the demo's results describe it.
    static let speedups = [
        ("speedup_cpu_gil", "cpu_1_thread_s", "cpu_2_threads_gil_s"),
        ("speedup_cpu_nogil", "cpu_1_thread_s", "cpu_2_threads_nogil_s"),
        ("speedup_cpu_processes", "cpu_1_thread_s", "cpu_2_processes_s"),
        ("speedup_io_gil", "io_1_thread_s", "io_2_threads_gil_s"),
    ]

    @Test("speedups are the ratios of the timings, the GIL changed hands, and CPython is off by default")
    func resultsHoldTogether() async throws {
        let run = try await runDemo("gil", ["cpu_task_s=0.05", "io_task_s=0.05"])
        for name in Self.timedResults {
            #expect(try run.number(name) > 0, "\(name)")
        }
        for name in Self.parallelResults {
            let value = try run.value(name)
            #expect(
                Double(value).map { $0 > 0 } ?? (DemoResult.notMeasuredReason(of: value) != nil),
                "\(name)=\(value)")
        }
        #expect(try run.number("cpus_available") >= 1)
        for (speedup, one, two) in Self.speedups {
            // A parallel speedup the machine could not show is a reason, checked above.
            guard Double(try run.value(speedup)) != nil else { continue }
            try run.expectRatio(speedup, is: one, over: two, places: 2, operandPlaces: 3)
        }
        // Two counting threads that share one GIL must hand it over for both to finish.
        #expect(try run.number("gil_switches") >= 1)
        #expect(try run.value("cpython") == "off")
        #expect(try run.value("cpython_speedup_cpu") == "n/a")
    }

    @Test(
        "with the GIL on, two counting threads never keep more than one CPU busy, however loaded the machine")
    func gilCapsParallelism() async throws {
        let run = try await runDemo("gil", ["cpu_task_s=0.05", "io_task_s=0.05"])
        #expect(try run.number("parallelism_cpu_gil") <= GILTimedRuns.parallelThreshold)
    }

    @Test(
        "parallel results are not graded on one CPU, nor when busy CPUs explain a low figure",
        arguments: [
            (1, 1.0, 0.0, false), (2, 1.0, 1.9, false), (2, 1.0, 0.0, true), (2, 1.9, 0.0, true),
            (2, 1.9, 1.9, true),
        ])
    func notMeasuredWhenTheMachineDecides(cpus: Int, parallelism: Double, othersBusy: Double, graded: Bool) {
        let share = CPUShare(
            wallSeconds: 1, ownCPUSeconds: parallelism, othersCPUSeconds: othersBusy, cpusAvailable: cpus)
        let reason = GILTimedRuns.whyNotParallel(share)
        #expect((reason == nil) == graded, "\(reason ?? "graded")")
        if cpus == 1 { #expect(reason?.contains("1 CPU available") == true) }
    }

    @Test("with the GIL on, at most one thread holds each GIL at any moment, and the holder changes")
    func oneHolderAtATime() async throws {
        let run = try await runDemo("gil", ["cpu_task_s=0.05", "io_task_s=0.05"])
        var state = TraceState()
        var gils: Set<ResourceID> = []
        var holders: [ResourceID: Set<ActorID>] = [:]
        for event in run.events {
            let kind = event.kind
            if case .declareResource(let resource) = kind, resource.kind == .gil { gils.insert(resource.id) }
            if case .operation(let id, .acquire) = kind, gils.contains(id) {
                #expect(state.owner(of: id) == nil, "a thread acquired a GIL another thread held")
                holders[id, default: []].insert(event.actor)
            }
            state.apply(event)
        }
        // The two processes have a GIL each; the watched threads share a third.
        #expect(gils.count >= 3)
        #expect(holders.values.contains { $0.count == 2 }, "no GIL was held by two threads in turn")
    }

    @Test("the embedded script is byte for byte the one kept in Benchmarks/python")
    func embeddedScriptMatchesTheFile() throws {
        let file = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Benchmarks/python/\(GILExperimentScript.fileName)")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text == GILExperimentScript.source)
    }

    @Test(
        "cpython=on shows the script, runs it, and reports the speedups CPython's own timings give",
        .enabled(if: Toolchain.hasPython3, "python3 is not installed"))
    func cpythonRun() async throws {
        let run = try await runDemo("gil", ["cpu_task_s=0.05", "io_task_s=0.05", "cpython=on"])
        #expect(try run.value("cpython") == "ran")
        #expect(run.notes.contains { $0.hasSuffix("| def count(n):") })
        for (speedup, kind) in [("cpython_speedup_cpu", "CPU"), ("cpython_speedup_io", "I/O")] {
            let one = try run.cpythonSeconds("\(kind), 1 thread")
            let two = try run.cpythonSeconds("\(kind), 2 threads")
            let reported = try run.number(speedup)
            #expect(
                isRatio(reported, of: one, over: two, places: 2, operandPlaces: 3),
                "\(speedup)=\(reported) is not \(one) s / \(two) s")
        }
        // Blocking waits overlap whether or not the interpreter has a GIL.
        #expect(try run.number("cpython_speedup_io") > 1, "two waiting threads took as long as one")
    }

    @Test(
        "cpython=on without python3 shows the script and says python3 is missing",
        .disabled(if: Toolchain.hasPython3, "python3 is installed, so the run is checked above"))
    func cpythonMissing() async throws {
        let run = try await runDemo("gil", ["cpu_task_s=0.05", "io_task_s=0.05", "cpython=on"])
        #expect(try run.value("cpython") == "missing")
        #expect(run.notes.contains { $0.hasSuffix("| def count(n):") })
        #expect(run.notes.contains { $0.contains("python3 is not installed") })
    }
}

extension FinishedRun {
    /// The seconds CPython took for the run `label` (`CPU, 1 thread`), as the notes that set it
    /// beside the simulation show them.
    fileprivate func cpythonSeconds(_ label: String) throws -> Double {
        let note = try #require(
            notes.first { $0.hasPrefix("  \(label)") && $0.contains(": CPython ") },
            "no CPython note for \(label)")
        let figure = note.components(separatedBy: ": CPython ").last?.prefix { $0 != " " } ?? ""
        return try #require(Double(figure), "`\(note)` gives no seconds")
    }
}
