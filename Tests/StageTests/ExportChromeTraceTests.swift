import Foundation
import Stage
import Testing
import Trace

/// A process whose two threads contend for an unnamed lock, then feed a forked
/// child through a queue; the parent never reports being done.
private enum Contention {
    static let main = ActorID(1)
    static let worker1 = ActorID(2)
    static let worker2 = ActorID(3)
    static let child = ActorID(4)
    static let lock = ResourceID(1)
    static let jobs = ResourceID(2)

    static func at(_ millis: UInt64, _ actor: ActorID, _ kind: TraceEvent.Kind, note: String? = nil)
        -> TraceEvent
    {
        TraceEvent(time: 5_000_000_000 + millis * 1_000_000, actor: actor, kind: kind, note: note)
    }

    static let events: [TraceEvent] = [
        at(0, main, .declareActor(TraceActor(id: main, kind: .process, name: "main", pid: 4242))),
        at(0, main, .declareResource(TraceResource(id: lock, kind: .lock, name: ""))),
        at(0, main, .declareResource(TraceResource(id: jobs, kind: .queue, name: "jobs", capacity: 2))),
        at(1, main, .transition(.running)),
        at(1, main, .declareActor(TraceActor(id: worker1, kind: .thread, name: "worker-1", parent: main))),
        at(1, main, .declareActor(TraceActor(id: worker2, kind: .thread, name: "worker-2", parent: main))),
        at(2, worker1, .transition(.running)),
        at(2, worker2, .transition(.running)),
        at(3, worker1, .operation(lock, .acquire)),
        at(4, worker2, .transition(.blocked(on: lock))),
        at(6, worker1, .operation(lock, .release)),
        at(6, worker2, .transition(.running)),
        at(6, worker2, .operation(lock, .acquire)),
        at(
            7, main,
            .declareActor(TraceActor(id: child, kind: .process, name: "child", parent: main, pid: 4243))),
        at(7, child, .transition(.running)),
        at(8, child, .transition(.waiting(.queue(jobs, .empty)))),
        at(9, worker1, .operation(jobs, .put(item: "3"))),
        at(9, child, .transition(.running)),
        at(9, child, .operation(jobs, .get(item: "3"))),
        at(10, child, .result(name: "items", value: "1")),
        at(11, child, .transition(.done(.exited(0))), note: "bye"),
        at(12, worker2, .operation(lock, .release)),
        at(12, worker2, .transition(.done(.exited(0)))),
        at(12, worker1, .transition(.done(.exited(0)))),
        at(13, main, .note("all done")),
    ]
}

/// The exported file, parsed back, with lookups by track and name.
private struct ParsedTrace {
    let root: [String: Any]
    let entries: [[String: Any]]

    init(_ events: [TraceEvent], title: String) throws {
        let text = String(decoding: ChromeTrace.encode(events, title: title), as: UTF8.self)
        root = try ExportJSON.object(text)
        entries = try #require(root["traceEvents"] as? [[String: Any]])
    }

    func phase(_ phase: String) -> [[String: Any]] {
        entries.filter { $0["ph"] as? String == phase }
    }

    func slices(pid: Int64, tid: Int64) -> [[String: Any]] {
        phase("X").filter { ExportJSON.integer($0["pid"]) == pid && ExportJSON.integer($0["tid"]) == tid }
    }

    func names(_ entries: [[String: Any]]) -> [String] {
        entries.compactMap { $0["name"] as? String }
    }

    func entry(named name: String) throws -> [String: Any] {
        try #require(entries.first { $0["name"] as? String == name }, "no entry named \(name)")
    }

    /// The metadata `name` argument for a given metadata kind and track.
    func metadataName(_ kind: String, pid: Int64, tid: Int64? = nil) -> String? {
        let match = phase("M").first {
            $0["name"] as? String == kind && ExportJSON.integer($0["pid"]) == pid
                && (tid == nil || ExportJSON.integer($0["tid"]) == tid)
        }
        return (match?["args"] as? [String: Any])?["name"] as? String
    }

    /// The track (pid, tid) whose thread is named `name`.
    func track(named name: String) throws -> (pid: Int64, tid: Int64) {
        let match = try #require(
            phase("M").first {
                $0["name"] as? String == "thread_name"
                    && ($0["args"] as? [String: Any])?["name"] as? String == name
            }, "no thread named \(name)")
        return (
            try #require(ExportJSON.integer(match["pid"])), try #require(ExportJSON.integer(match["tid"]))
        )
    }
}

@Suite("Export Chrome trace")
struct ExportChromeTraceTests {
    @Test func theDocumentHasTheTopLevelFieldsViewersLookFor() throws {
        let trace = try ParsedTrace(Contention.events, title: "lock contention")
        #expect(trace.root["displayTimeUnit"] as? String == "ms")
        let other = try #require(trace.root["otherData"] as? [String: Any])
        #expect(other["title"] as? String == "lock contention")
        #expect((other["results"] as? [String: Any])?["items"] as? String == "1")
    }

    @Test func everyEventHasTheFieldsItsPhaseRequires() throws {
        let trace = try ParsedTrace(Contention.events, title: "lock contention")
        #expect(!trace.entries.isEmpty)
        for entry in trace.entries {
            let phase = try #require(entry["ph"] as? String)
            #expect(["X", "i", "M"].contains(phase), "unexpected phase in \(entry)")
            #expect(entry["name"] is String, "no name in \(entry)")
            #expect(ExportJSON.number(entry["ts"]).map { $0 >= 0 } == true, "bad ts in \(entry)")
            #expect(ExportJSON.integer(entry["pid"]) != nil, "no pid in \(entry)")
            #expect(ExportJSON.integer(entry["tid"]) != nil, "no tid in \(entry)")
            if phase == "X" {
                #expect(ExportJSON.number(entry["dur"]).map { $0 >= 0 } == true, "bad dur in \(entry)")
            }
            if phase == "i" {
                #expect(entry["s"] as? String == "t", "instant not thread-scoped: \(entry)")
            }
        }
    }

    @Test func slicesOfOneTrackAreInOrderAndNeverOverlap() throws {
        let trace = try ParsedTrace(Contention.events, title: "lock contention")
        var previousEnd: [[Int64?]: Int64] = [:]
        for slice in trace.phase("X") {
            let track = [ExportJSON.integer(slice["pid"]), ExportJSON.integer(slice["tid"])]
            let start = try #require(ExportJSON.nanoseconds(slice["ts"]))
            let duration = try #require(ExportJSON.nanoseconds(slice["dur"]))
            #expect(start >= previousEnd[track, default: 0], "slice \(slice) overlaps its predecessor")
            previousEnd[track] = start + duration
        }
        #expect(previousEnd.count == 4)
    }

    @Test func processesUseTheirPidsAndThreadsShareTheirProcesss() throws {
        let trace = try ParsedTrace(Contention.events, title: "lock contention")
        let main = try trace.track(named: "main")
        let worker1 = try trace.track(named: "worker-1")
        let worker2 = try trace.track(named: "worker-2")
        let child = try trace.track(named: "child")
        #expect(main.pid == 4242 && main.tid == 4242)
        #expect(worker1.pid == 4242 && worker2.pid == 4242)
        #expect(Set([main.tid, worker1.tid, worker2.tid]).count == 3)
        #expect(child.pid == 4243)
        #expect(trace.metadataName("process_name", pid: 4242) == "main")
        #expect(trace.metadataName("process_name", pid: 4243) == "child")
    }

    @Test func threadSortIndicesFollowTraceOrder() throws {
        let trace = try ParsedTrace(Contention.events, title: "lock contention")
        var indexByName: [String: Int64] = [:]
        for entry in trace.phase("M") where entry["name"] as? String == "thread_sort_index" {
            let track = (ExportJSON.integer(entry["pid"]), ExportJSON.integer(entry["tid"]))
            let name = trace.phase("M").first {
                $0["name"] as? String == "thread_name" && ExportJSON.integer($0["pid"]) == track.0
                    && ExportJSON.integer($0["tid"]) == track.1
            }.flatMap { ($0["args"] as? [String: Any])?["name"] as? String }
            indexByName[try #require(name)] = ExportJSON.integer(
                (entry["args"] as? [String: Any])?["sort_index"])
        }
        #expect(indexByName == ["main": 0, "worker-1": 1, "worker-2": 2, "child": 3])
    }

    @Test func stateSlicesAreNamedInWords() throws {
        let trace = try ParsedTrace(Contention.events, title: "lock contention")
        let worker2 = try trace.track(named: "worker-2")
        let child = try trace.track(named: "child")
        #expect(
            trace.names(trace.slices(pid: worker2.pid, tid: worker2.tid))
                == ["running", "blocked on lock#1", "running", "done (exit 0)"])
        #expect(
            trace.names(trace.slices(pid: child.pid, tid: child.tid))
                == ["running", "waiting: queue jobs empty", "running", "done (exit 0)"])
    }

    @Test func slicesCarryTheirDetailsAsArgs() throws {
        let trace = try ParsedTrace(Contention.events, title: "lock contention")
        let blocked = try trace.entry(named: "blocked on lock#1")
        #expect(ExportJSON.nanoseconds(blocked["ts"]) == 4_000_000)
        #expect(ExportJSON.nanoseconds(blocked["dur"]) == 2_000_000)
        let args = try #require(blocked["args"] as? [String: Any])
        #expect(args["state"] as? String == "blocked")
        #expect(args["resource"] as? String == "lock#1")
        #expect(ExportJSON.integer(args["resource_id"]) == 1)
        #expect(args["held_by"] as? String == "worker-1")

        let child = try trace.track(named: "child")
        let done = try #require(trace.slices(pid: child.pid, tid: child.tid).last?["args"] as? [String: Any])
        #expect(ExportJSON.integer(done["exit_code"]) == 0)
        #expect(done["note"] as? String == "bye")
    }

    @Test func operationsResultsAndNotesAreInstantsOnTheirActorsTrack() throws {
        let trace = try ParsedTrace(Contention.events, title: "lock contention")
        let worker1 = try trace.track(named: "worker-1")
        let acquire = try trace.entry(named: "acquire lock#1")
        #expect(acquire["ph"] as? String == "i")
        #expect(ExportJSON.nanoseconds(acquire["ts"]) == 3_000_000)
        #expect(ExportJSON.integer(acquire["tid"]) == worker1.tid)

        let put = try trace.entry(named: "put 3 → jobs")
        #expect((put["args"] as? [String: Any])?["item"] as? String == "3")
        #expect(try trace.entry(named: "get 3 ← jobs")["ph"] as? String == "i")

        let result = try trace.entry(named: "items = 1")
        #expect(result["ph"] as? String == "i")
        #expect(ExportJSON.integer(result["pid"]) == 4243)
        let resultArgs = try #require(result["args"] as? [String: Any])
        #expect(resultArgs["name"] as? String == "items" && resultArgs["value"] as? String == "1")

        let note = try trace.entry(named: "all done")
        #expect((note["args"] as? [String: Any])?["text"] as? String == "all done")
    }

    @Test func aStateStillOpenEndsAtTheLastEvent() throws {
        let trace = try ParsedTrace(Contention.events, title: "lock contention")
        let main = try trace.track(named: "main")
        let slices = trace.slices(pid: main.pid, tid: main.tid)
        #expect(trace.names(slices) == ["running"])
        let running = try #require(slices.first)
        #expect(ExportJSON.nanoseconds(running["ts"]) == 1_000_000)
        #expect(ExportJSON.nanoseconds(running["dur"]) == 12_000_000)
    }

    @Test func threadsWithoutAProcessAreGroupedUnderTheTitle() throws {
        let main = ActorID(7)
        let worker = ActorID(8)
        let events = [
            TraceEvent(
                time: 100, actor: main,
                kind: .declareActor(
                    TraceActor(id: main, kind: .thread, name: "主线程"))),
            TraceEvent(
                time: 150, actor: main,
                kind: .declareActor(
                    TraceActor(id: worker, kind: .thread, name: "", parent: main))),
            TraceEvent(time: 200, actor: worker, kind: .transition(.sleeping(untilNanos: 1_700))),
            // Reported late by a slow thread: the slice must still not run backwards.
            TraceEvent(time: 120, actor: worker, kind: .transition(.running)),
        ]
        let trace = try ParsedTrace(events, title: "threads only")
        let mainTrack = try trace.track(named: "主线程")
        let workerTrack = try trace.track(named: "actor#8")
        #expect(mainTrack.pid == workerTrack.pid)
        #expect(mainTrack.pid > 4_194_304, "a synthetic pid must not look like a real one")
        #expect(trace.metadataName("process_name", pid: mainTrack.pid) == "threads only")

        let slices = trace.slices(pid: workerTrack.pid, tid: workerTrack.tid)
        #expect(trace.names(slices) == ["sleeping", "running"])
        #expect(slices.map { ExportJSON.nanoseconds($0["ts"]) } == [100, 100])
        #expect(slices.map { ExportJSON.nanoseconds($0["dur"]) } == [0, 0])
        #expect(ExportJSON.nanoseconds((slices.first?["args"] as? [String: Any])?["planned_us"]) == 1_500)
    }

    @Test func theSameTraceAlwaysGivesTheSameBytes() {
        #expect(
            ChromeTrace.encode(Contention.events, title: "t")
                == ChromeTrace.encode(Contention.events, title: "t"))
    }

    @Test func anEmptyTraceIsStillAValidDocument() throws {
        let trace = try ParsedTrace([], title: "")
        #expect(trace.entries.isEmpty)
    }
}
