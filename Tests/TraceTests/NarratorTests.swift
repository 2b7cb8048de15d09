import Testing
import Trace

@Suite struct NarratorTests {
    private func narrate(_ events: [TraceEvent]) -> [String] {
        var narrator = Narrator()
        return events.map { narrator.line(for: $0) }
    }

    @Test func goldenLinesForAProducerConsumerScenario() {
        let main = Fixtures.main
        let worker1 = Fixtures.worker1
        let worker2 = Fixtures.worker2
        let lock = Fixtures.lock
        let queue = Fixtures.queue
        let lines = narrate([
            Fixtures.event(
                0, main, .declareActor(TraceActor(id: main, kind: .process, name: "parent", pid: 4242))),
            Fixtures.event(
                0, main,
                .declareActor(
                    TraceActor(id: worker1, kind: .process, name: "worker-1", parent: main, pid: 4243))),
            Fixtures.event(
                0.04, main,
                .declareActor(TraceActor(id: worker2, kind: .thread, name: "worker-2", parent: main))),
            Fixtures.event(0.2, main, .declareResource(TraceResource(id: lock, kind: .lock, name: ""))),
            Fixtures.event(
                0.3, main, .declareResource(TraceResource(id: queue, kind: .queue, name: "jobs", capacity: 2))
            ),
            Fixtures.event(1, worker1, .transition(.running)),
            Fixtures.event(1.5, worker1, .operation(lock, .acquire)),
            Fixtures.event(2, worker2, .transition(.blocked(on: lock))),
            Fixtures.event(12.3, worker1, .operation(queue, .put(item: "item 1"))),
            Fixtures.event(12.31, worker1, .operation(queue, .put(item: "item 2"))),
            Fixtures.event(12.4, worker1, .operation(lock, .release)),
            Fixtures.event(13, worker2, .transition(.running)),
            Fixtures.event(13.1, worker2, .operation(lock, .acquire), note: "finally"),
            Fixtures.event(20, main, .operation(queue, .get(item: nil))),
            Fixtures.event(20.5, main, .operation(queue, .get(item: "item 2"))),
            Fixtures.event(21, main, .transition(.waiting(.queue(queue, .empty)))),
            Fixtures.event(
                30, worker2, .transition(.sleeping(untilNanos: Fixtures.event(130, worker2, .note("")).time))),
            Fixtures.event(40.1, worker1, .transition(.done(.exited(0)))),
            Fixtures.event(41, main, .transition(.waiting(.join(worker2)))),
            Fixtures.event(9_999.9, worker2, .note("still asleep?")),
            Fixtures.event(10_500, worker2, .transition(.done(.failed("ValueError: bad input")))),
            Fixtures.event(10_600, main, .result(name: "lost", value: "1234")),
        ])
        #expect(
            lines == [
                "   0.0 ms  parent    started (pid 4242)",
                "   0.0 ms  parent    started child worker-1 (pid 4243)",
                "   0.0 ms  parent    started thread worker-2",
                "   0.2 ms  parent    created lock#1",
                #"   0.3 ms  parent    created queue "jobs" (maxsize 2)"#,
                "   1.0 ms  worker-1  is running",
                "   1.5 ms  worker-1  acquired lock#1",
                "   2.0 ms  worker-2  blocked on lock#1 (held by worker-1)",
                #"  12.3 ms  worker-1  put "item 1" on queue "jobs" (1 item)"#,
                #"  12.3 ms  worker-1  put "item 2" on queue "jobs" (2 items)"#,
                "  12.4 ms  worker-1  released lock#1",
                "  13.0 ms  worker-2  is running",
                "  13.1 ms  worker-2  acquired lock#1 — finally",
                #"  20.0 ms  parent    got "item 1" from queue "jobs" (1 item)"#,
                #"  20.5 ms  parent    got "item 2" from queue "jobs" (empty)"#,
                #"  21.0 ms  parent    waiting on queue "jobs" (empty)"#,
                "  30.0 ms  worker-2  sleeping for 100.0 ms",
                "  40.1 ms  worker-1  exited with status 0",
                "  41.0 ms  parent    waiting to join worker-2",
                "9999.9 ms  worker-2  still asleep?",
                "  10.50 s  worker-2  failed: ValueError: bad input",
                "  10.60 s  parent    result lost=1234",
            ])
    }

    @Test func reentrantLocksSemaphoresAndSignals() {
        let main = Fixtures.main
        let rlock = Fixtures.rlock
        let semaphore = ResourceID(8)
        let barrier = ResourceID(9)
        let lines = narrate([
            Fixtures.event(0, main, .declareActor(TraceActor(id: main, kind: .thread, name: "main"))),
            Fixtures.event(0, main, .declareResource(TraceResource(id: rlock, kind: .rlock, name: ""))),
            Fixtures.event(
                0, main,
                .declareResource(TraceResource(id: semaphore, kind: .semaphore, name: "slots", capacity: 1))),
            Fixtures.event(
                0, main,
                .declareResource(TraceResource(id: barrier, kind: .barrier, name: "start", capacity: 3))),
            Fixtures.event(1, main, .operation(rlock, .acquire)),
            Fixtures.event(2, main, .operation(rlock, .acquire)),
            Fixtures.event(3, main, .operation(rlock, .release)),
            Fixtures.event(4, main, .operation(rlock, .release)),
            Fixtures.event(5, main, .operation(semaphore, .acquire)),
            Fixtures.event(6, main, .transition(.blocked(on: semaphore))),
            Fixtures.event(7, main, .transition(.waiting(.barrier(barrier)))),
            Fixtures.event(8, ActorID(99), .transition(.done(.signalled(9)))),
        ])
        #expect(
            lines == [
                "   0.0 ms  main      started",
                "   0.0 ms  main      created rlock#2",
                #"   0.0 ms  main      created semaphore "slots" (value 1)"#,
                #"   0.0 ms  main      created barrier "start" (3 parties)"#,
                "   1.0 ms  main      acquired rlock#2",
                "   2.0 ms  main      acquired rlock#2 (depth 2)",
                "   3.0 ms  main      released rlock#2 (depth 1)",
                "   4.0 ms  main      released rlock#2",
                #"   5.0 ms  main      acquired semaphore "slots" (value 0)"#,
                #"   6.0 ms  main      blocked on semaphore "slots" (value 0)"#,
                #"   7.0 ms  main      waiting at barrier "start" (1 of 3)"#,
                "   8.0 ms  actor#99  killed by signal 9",
            ])
    }

    @Test func partsAreExposedUnpaddedForTheStage() {
        var narrator = Narrator(minimumNameWidth: 0)
        let actor = ActorID(1)
        _ = narrator.narrate(
            Fixtures.event(0, actor, .declareActor(TraceActor(id: actor, kind: .thread, name: "工人"))))
        let line = narrator.narrate(Fixtures.event(2.25, actor, .transition(.running)))
        #expect(line == NarrationLine(time: "2.3 ms", actor: "工人", sentence: "is running"))
        #expect(narrator.nameWidth == 2)
        #expect(line.formatted(nameWidth: 4) == "   2.3 ms  工人    is running")
    }
}
