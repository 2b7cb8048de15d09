import Foundation
import ScriptTracing
import TestSupport
import Testing

@testable import Trace

/// Busy loops under the probe: queues, sleep(0) and a pool's idle workers. The stage stays
/// live (a few notes instead of a line per operation), and what it shows at rest is right.
@Suite("The probe's gate on busy programs", .enabled(if: Toolchain.hasPython3, "python3 is not installed"))
struct ScriptGateTests {
    private func hasNote(_ run: ScriptRunning.Finished, containing text: String) -> Bool {
        run.events.contains { if case .note(let note) = $0.kind { note.contains(text) } else { false } }
    }

    @Test("a busy queue is aggregated into notes, and the stage shows it empty at the end")
    func busyQueue() throws {
        let run = try ScriptRunning.run("busy_queue.py")
        #expect(run.outcome.ending == .exited(0))
        #expect(run.printed.contains("total 100000"), "\(run.printed)")
        #expect(run.events.count < 10_000, "\(run.events.count) events")
        #expect(hasNote(run, containing: "items more into q"))
        #expect(hasNote(run, containing: "items more from q"))
        let queue = try #require(run.resources.first { $0.kind == .queue })
        #expect(queue.capacity == 10)
        #expect(run.state.contents(of: queue.id).isEmpty, "\(run.state.contents(of: queue.id))")
        run.expectWhole("busy_queue.py")
    }

    @Test("a pool's idle workers wait on its work queue once the work is done")
    func idleWorkers() throws {
        let run = try ScriptRunning.run("pool.py")
        #expect(run.outcome.ending == .exited(0))
        #expect(run.printed.contains("sum 30"))
        let work = try #require(
            run.resources.first { $0.kind == .queue && $0.name == "ThreadPoolExecutor-0 work" })
        var state = TraceState()
        for event in run.events { state.apply(event) }
        let workers = state.actorIDs.filter {
            state.actor($0)?.actor.name.hasPrefix("ThreadPoolExecutor-0_") == true
        }
        #expect(workers.count == 2)
        // Once every future is set, each worker is shown waiting for work at some point.
        let futures = Set(run.resources.filter { $0.kind == .event }.map(\.id))
        var set: Set<ResourceID> = []
        var sawWaiting: Set<ActorID> = []
        state = TraceState()
        for event in run.events {
            state.apply(event)
            if case .operation(let resource, .set) = event.kind, futures.contains(resource) {
                set.insert(resource)
            }
            guard set == futures else { continue }
            for worker in workers where state.state(of: worker) == .waiting(.queue(work.id, .empty)) {
                sawWaiting.insert(worker)
            }
        }
        #expect(sawWaiting == Set(workers), "waiting after the work: \(sawWaiting), workers \(workers)")
        // Every item submitted was taken, and shutdown's wake-up items are not shown.
        #expect(state.contents(of: work.id).isEmpty, "\(state.contents(of: work.id))")
        #expect(!run.operations(on: .queue).isEmpty)
        run.expectWhole("pool.py")
    }

    @Test("a sleep(0) loop is aggregated into notes")
    func sleepZero() throws {
        let run = try ScriptRunning.run("busy_sleep.py")
        #expect(run.outcome.ending == .exited(0))
        #expect(run.printed.contains("spun"))
        #expect(run.events.count < 2_000, "\(run.events.count) events")
        #expect(hasNote(run, containing: "called sleep(0)"))
        run.expectWhole("busy_sleep.py")
    }
}
