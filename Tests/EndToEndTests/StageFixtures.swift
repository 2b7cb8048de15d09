import Foundation
import TestSupport
import Testing
import Trace

/// A small trace written to a file: two threads contending a lock, a queue, a forked process
/// and a result, spread over about two seconds so a replay at 4x lasts about half a second.
enum StageFixtures {
    static let events: [TraceEvent] = {
        let second: UInt64 = 1_000_000_000
        let main = ActorID(1)
        let worker = ActorID(2)
        let child = ActorID(3)
        let lock = ResourceID(1)
        let queue = ResourceID(2)
        var events: [TraceEvent] = []
        func add(_ time: UInt64, _ actor: ActorID, _ kind: TraceEvent.Kind) {
            events.append(TraceEvent(time: 1000 * second + time, actor: actor, kind: kind))
        }
        add(0, main, .declareActor(TraceActor(id: main, kind: .process, name: "main", pid: 4242)))
        add(0, main, .transition(.running))
        add(
            10_000_000, main,
            .declareActor(TraceActor(id: worker, kind: .thread, name: "worker-1", parent: main)))
        add(10_000_000, main, .declareResource(TraceResource(id: lock, kind: .lock, name: "lock")))
        add(
            20_000_000, main,
            .declareResource(TraceResource(id: queue, kind: .queue, name: "jobs", capacity: 3)))
        add(30_000_000, worker, .transition(.running))
        add(400_000_000, main, .operation(lock, .acquire))
        add(500_000_000, worker, .transition(.blocked(on: lock)))
        add(900_000_000, main, .operation(queue, .put(item: "7")))
        add(1_000_000_000, main, .operation(lock, .release))
        add(1_000_000_000, worker, .transition(.running))
        add(1_010_000_000, worker, .operation(lock, .acquire))
        add(
            1_200_000_000, main,
            .declareActor(TraceActor(id: child, kind: .process, name: "child", parent: main, pid: 4243)))
        add(1_210_000_000, child, .transition(.running))
        add(1_500_000_000, worker, .operation(queue, .get(item: "7")))
        add(1_600_000_000, child, .transition(.done(.exited(0))))
        add(1_800_000_000, worker, .transition(.done(.exited(0))))
        add(1_900_000_000, main, .result(name: "lost_updates", value: "0"))
        add(2_000_000_000, main, .transition(.done(.exited(0))))
        return events
    }()

    /// Writes the trace into `folder` and returns the file's path.
    static func writeTrace(in folder: TemporaryFolder) throws -> String {
        let path = folder.path + "/fixture.jsonl"
        try writeTrace(to: path)
        return path
    }

    /// Writes the trace to `path`, with `run` in its header when given.
    static func writeTrace(to path: String, run: TraceRun? = nil) throws {
        try JSONLines.encode(events, run: run).write(toFile: path, atomically: true, encoding: .utf8)
        let problems = TraceSchemaConformance.problems(inFile: path)
        #expect(problems.isEmpty, "the fixture trace does not match docs/trace.schema.json: \(problems)")
    }
}
