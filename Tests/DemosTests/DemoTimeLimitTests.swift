import Demos
import TestSupport
import Testing

/// Every demo in the catalogue stops at its time limit, says so, and what it reports up to then
/// still holds together: one test over the catalogue, with each demo's way to overrun below.
@Suite("Demos: time limit", .forksProcesses)
struct DemoTimeLimitTests {
    @Test("a run cut short by its time limit says so", arguments: DemoCatalog.descriptors.map(\.name))
    func stopsAtTheTimeLimit(demo: String) async throws {
        let overrun = try #require(
            Overrun.byDemo[demo], "demo `\(demo)` has no entry in Overrun.byDemo; add how it overruns")
        guard let words = overrun.words else {
            // Too short to overrun: its pauses are cut at the limit, so it completes all the same.
            _ = try await runDemo(demo, ["speed=0.01", "time_limit=0.5"])
            return
        }
        let run = try await runDemo(demo, words, expectCompleted: false)
        guard case .stoppedEarly(let reason) = run.outcome.ending else {
            Issue.record("expected `\(demo)` to stop early, got \(run.outcome.ending)")
            return
        }
        #expect(reason.contains("time limit"))
        try overrun.check(run)
    }
}

/// How to make one demo overrun its time limit, and what must still hold when it does.
struct Overrun: Sendable {
    /// The parameters that make the demo take longer than its limit; nil for a demo too short to.
    let words: [String]?
    /// What its results must still say once it stopped early.
    let check: @Sendable (FinishedRun) throws -> Void

    init(_ words: [String]?, check: @escaping @Sendable (FinishedRun) throws -> Void = { _ in }) {
        self.words = words
        self.check = check
    }

    static let byDemo: [String: Overrun] = [
        "fork-basics": Overrun(nil),
        "fork-tree": Overrun(["speed=0.2", "time_limit=1", "depth=5"]) { run throws in
            // Still reaps every child it made.
            #expect(try run.number("processes") < 32)
            #expect(try run.number("reaped") == run.number("processes") - 1)
        },
        "fork-isolation": Overrun(nil),
        "process-start-join": Overrun(["speed=0.05", "time_limit=1", "daemon=off"]) { run throws in
            #expect(try run.number("joined") == 3)
            #expect(try run.value("helper_finished") == "no")
        },
        "target-call-pitfall": Overrun(["speed=0.05", "time_limit=1", "style=reference"]) { run throws in
            #expect(try run.value("work_ran_in") == "child")
        },
        "process-queue": Overrun(["speed=0.01", "time_limit=1", "items=100"]) { run throws in
            #expect(try run.number("produced") < 200)
            #expect(try run.number("lost") == 0)
        },
        "pipe-pingpong": Overrun(["speed=0.01", "time_limit=1", "rounds=10"]) { run throws in
            // Both sides are still counted.
            let trips = try run.number("round_trips")
            #expect(trips < 10)
            #expect(try run.number("messages") == 2 * trips)
        },
        "pipe-corruption": Overrun(["speed=0.01", "time_limit=1"]) { run throws in
            #expect(try run.number("torn") == 0)
        },
        "shared-memory": Overrun(["speed=0.01", "time_limit=1", "slots=16"]),
        "shared-counter": Overrun(["speed=0.01", "time_limit=1", "increments=100", "lock=on"]) { run throws in
            // Unfinished work is not counted as lost.
            #expect(try run.number("lost") == 0)
        },
        "pool-apply": Overrun(["mode=apply", "tasks=12", "task_s=3", "time_limit=1"]) { run throws in
            #expect(try run.number("tasks") < 12)
        },
        "pool-map-imap": Overrun(["workers=1", "tasks=12", "task_s=2", "time_limit=1"]) { run throws in
            // The limit came during map(), so the imap pass never started.
            #expect(try run.number("map_first_result_s") == run.number("map_all_s"))
            #expect(run.outcome.value(of: "imap_order") == nil)
        },
        "pool-with-terminate": Overrun(
            ["wait=on", "workers=1", "tasks=16", "task_s=3", "time_limit=1"]
        ) { run throws in
            #expect(try run.number("finished") < 16)
        },
        "threads-vs-processes": Overrun(["speed=0.01", "time_limit=1", "units=8"]) { run throws in
            // One unit of each kind is still measured.
            #expect(try run.number("counter_after_processes") == 0)
            #expect(try run.number("counter_after_threads") == 1)
        },
        "thread-styles": Overrun(["speed=0.01", "time_limit=1", "steps=5"]),
        "daemon-threads": Overrun(["speed=0.01", "time_limit=1"]) { run throws in
            #expect(try run.value("daemon_finished") == "no")
        },
        "blocking-vs-async": Overrun(["delay=3", "time_limit=1"]),
        "concurrency-vs-parallelism": Overrun(["work=5", "time_limit=1"]),
        "coroutines-vs-threads": Overrun(["speed=0.1", "time_limit=1", "tasks=100", "threads=4"]),
        "lock-race": Overrun(["speed=0.05", "time_limit=1", "increments=100", "lock=on"]) { run throws in
            // Unfinished work is not counted as lost.
            #expect(try run.number("lost") == 0)
        },
        "rlock-reentry": Overrun(["kind=lock", "timeout=10", "time_limit=1"]) { run throws in
            // A deadlock longer than the limit still ends cleanly.
            #expect(try run.value("deadlocked") == "yes")
            #expect(try run.value("recovered") == "yes")
        },
        "condition-wait-for": Overrun(["speed=0.1", "time_limit=1", "items=20"]) { run throws in
            #expect(try run.value("each_once") == "no")
        },
        "semaphore-pool": Overrun(["speed=0.1", "time_limit=1", "workers=8", "bound=2"]) { run throws in
            #expect(try run.number("max_inside") <= 2)
        },
        "event-traffic-light": Overrun(["speed=0.1", "time_limit=1", "cars=3"]) { run throws in
            #expect(try run.number("passed_on_red") == 0)
        },
        "timer": Overrun(["delay=10", "time_limit=1"]) { run throws in
            // The timer longer than the limit was cancelled before it fired.
            #expect(try run.number("fired") == 0)
        },
        "producer-consumer": Overrun(["speed=0.01", "time_limit=1", "items=100"]) { run throws in
            // Every item it moved is counted once.
            #expect(try run.number("produced") == run.number("consumed"))
            #expect(try run.number("seen_once") == run.number("consumed"))
        },
        "priority-queue": Overrun(["speed=0.01", "time_limit=1"]),
        "thread-pool-submit-map": Overrun(["speed=0.05", "time_limit=1"]) { run throws in
            #expect(try run.number("submit_calls") == 1)
        },
        "gil": Overrun(["time_limit=0.5", "cpu_task_s=5", "io_task_s=5"]) { run throws in
            // What it did not measure is reported as skipped.
            #expect(try run.value("speedup_io_gil") == "skipped")
        },
        "event-loop": Overrun(["speed=0.1", "time_limit=1", "timers=20"]),
        "crawler": Overrun(["time_limit=1", "pages=40", "domains=1", "download_delay=0.5"]) { run throws in
            // Still closes every socket.
            #expect(try run.number("pages") < 40)
            #expect(try run.number("sockets_left") == 0)
        },
    ]
}
