import Synchronization
import Testing
import Trace

@testable import GILSimulation
@testable import Threading

/// Counters the test threads update without the GIL's help.
private final class GILProbe: Sendable {
    let holders = Atomic<Int>(0)
    let maxHolders = Atomic<Int>(0)
    let flag = Atomic<Bool>(false)
    private let progressA = Atomic<Int>(0)
    private let progressB = Atomic<Int>(0)

    /// Steps thread `index` (0 or 1) has made.
    func progress(_ index: Int) -> Int {
        index == 0 ? progressA.load(ordering: .relaxed) : progressB.load(ordering: .relaxed)
    }

    func step(_ index: Int) {
        if index == 0 {
            progressA.wrappingAdd(1, ordering: .relaxed)
        } else {
            progressB.wrappingAdd(1, ordering: .relaxed)
        }
    }
}

/// Upper bound for loops that wait for the GIL to change hands; reached only if handover is broken.
private let iterationCap = 200_000_000

@Suite struct GILTests {
    @Test func keepsInterpretedCodeMutuallyExclusive() throws {
        let gil = GIL(switchInterval: 0.0005, tracer: .disabled)
        let counter = GILTestBox(0)
        let probe = GILProbe()
        let increments = 50_000
        let body: @Sendable () -> Void = {
            gil.withInterpreter {
                for _ in 0..<increments {
                    let holders = probe.holders.wrappingAdd(1, ordering: .sequentiallyConsistent).newValue
                    probe.maxHolders.max(holders, ordering: .relaxed)
                    counter.value += 1
                    probe.holders.wrappingSubtract(1, ordering: .sequentiallyConsistent)
                    gil.checkpoint()
                }
            }
        }
        try runGILTestThreads(names: ["A", "B"], [body, body])
        #expect(counter.value == 2 * increments)
        #expect(probe.maxHolders.load(ordering: .relaxed) == 1)
        #expect(!gil.isHeldByCurrentThread)
    }

    @Test func cpuBoundThreadsTakeTurns() throws {
        let gil = GIL(switchInterval: 0.001, tracer: .disabled)
        let probe = GILProbe()
        let target = 1_000
        let seenAtFinish = GILTestBox([0, 0])
        let hitCap = GILTestBox([false, false])
        let bodies: [@Sendable () -> Void] = [0, 1].map { me in
            {
                gil.withInterpreter {
                    var iterations = 0
                    // Each thread stops only once both have done `target` steps, so the first to
                    // finish must have let the other run: that needs a handover at a checkpoint.
                    while probe.progress(me) < target || probe.progress(1 - me) < target {
                        if probe.progress(me) < target {
                            probe.step(me)
                        }
                        iterations += 1
                        if iterations == iterationCap {
                            hitCap.value[me] = true
                            break
                        }
                        gil.checkpoint()
                    }
                    seenAtFinish.value[me] = probe.progress(1 - me)
                }
            }
        }
        try runGILTestThreads(names: ["A", "B"], bodies)
        #expect(hitCap.value == [false, false])
        #expect(seenAtFinish.value == [target, target])
        let statistics = gil.statistics
        #expect(statistics.switches >= 1)
        #expect(statistics.dropRequests >= 1)
        #expect(statistics.threads.count == 2)
        #expect(statistics.threads.allSatisfy { $0.acquisitions >= 1 && $0.holdingNanoseconds > 0 })
        #expect(statistics.threads.contains { $0.waitingNanoseconds > 0 })
    }

    @Test func releasingForIOLetsAnotherThreadIn() throws {
        let gil = GIL(tracer: .disabled)
        let aInIO = GILTestLatch()
        let bHeldIt = GILTestLatch()
        let results = GILTestBox((aSawB: false, bHeld: false, aHeldAfter: false))
        let a: @Sendable () -> Void = {
            gil.withInterpreter {
                // B can only open the latch while holding the GIL, so A seeing it open proves
                // that the GIL was really released during the "I/O".
                let sawB = gil.releasedForIO {
                    aInIO.open()
                    return bHeldIt.wait()
                }
                results.value.aSawB = sawB
                results.value.aHeldAfter = gil.isHeldByCurrentThread
            }
        }
        let b: @Sendable () -> Void = {
            _ = aInIO.wait()
            gil.withInterpreter {
                results.value.bHeld = gil.isHeldByCurrentThread
                bHeldIt.open()
            }
        }
        try runGILTestThreads(names: ["A", "B"], [a, b])
        #expect(results.value.aSawB)
        #expect(results.value.bHeld)
        #expect(results.value.aHeldAfter)
    }

    @Test func disabledGILNeverBlocksAndTracesNothingOfItsOwn() throws {
        let recorder = TraceRecorder()
        let gil = GIL(enabled: false, tracer: Tracer(recorder))
        let aInside = GILTestLatch()
        let bInside = GILTestLatch()
        let aSawB = GILTestBox(false)
        let a: @Sendable () -> Void = {
            gil.withInterpreter {
                aInside.open()
                aSawB.value = bInside.wait()
            }
        }
        let b: @Sendable () -> Void = {
            _ = aInside.wait()
            gil.withInterpreter { bInside.open() }
        }
        try runGILTestThreads(recorder: recorder, names: ["A", "B"], [a, b])
        #expect(aSawB.value)

        #expect(try gil.acquire())
        #expect(try gil.acquire())
        try gil.release()
        try gil.release()
        #expect(!gil.isHeldByCurrentThread)
        #expect(gil.statistics == GILStatistics(switches: 0, dropRequests: 0, threads: []))
        #expect(gil.id == .unassigned)
        #expect(
            !recorder.events.contains { event in
                switch event.kind {
                case .declareResource, .operation: true
                default: false
                }
            })
        let free = InterpretedWork.spin(iterations: 1_000, gil: gil)
        #expect(free == InterpretedWork.spin(iterations: 1_000, gil: GIL(tracer: .disabled)))
    }

    @Test func traceShowsHolderWaiterAndHandover() throws {
        let recorder = TraceRecorder()
        let gil = GIL(switchInterval: 0.001, tracer: Tracer(recorder))
        let aHolds = GILTestLatch()
        let probe = GILProbe()
        let a: @Sendable () -> Void = {
            gil.withInterpreter {
                aHolds.open()
                var iterations = 0
                while !probe.flag.load(ordering: .relaxed) && iterations < iterationCap {
                    iterations += 1
                    gil.checkpoint()
                }
            }
        }
        let b: @Sendable () -> Void = {
            _ = aHolds.wait()
            gil.withInterpreter {
                probe.flag.store(true, ordering: .relaxed)
                gil.sleep(0)
            }
        }
        try runGILTestThreads(recorder: recorder, names: ["A", "B"], [a, b])
        let bGotTheGIL = probe.flag.load(ordering: .relaxed)
        #expect(bGotTheGIL)

        let events = recorder.events
        let declared = events.compactMap { event -> TraceResource? in
            if case .declareResource(let resource) = event.kind { resource } else { nil }
        }
        #expect(declared == [TraceResource(id: gil.id, kind: .gil, name: "GIL")])
        let actors = events.compactMap { event -> ActorID? in
            if case .declareActor(let actor) = event.kind { actor.id } else { nil }
        }
        let (actorA, actorB) = (try #require(actors.first), try #require(actors.last))

        var state = TraceState()
        var sawBBlockedBehindA = false
        var sawBHolding = false
        var sawBSleeping = false
        var acquisitions: [ActorID] = []
        for event in events {
            let ownerBefore = state.owner(of: gil.id)
            state.apply(event)
            switch event.kind {
            case .operation(gil.id, .acquire):
                #expect(ownerBefore == nil, "acquired while another thread held the GIL")
                acquisitions.append(event.actor)
                if event.actor == actorB { sawBHolding = true }
            case .operation(gil.id, .release):
                #expect(ownerBefore == event.actor, "released by a thread that did not hold it")
            case .transition(.blocked(on: gil.id)):
                #expect(ownerBefore != nil && ownerBefore != event.actor)
                #expect(state.waiters(of: gil.id).contains(event.actor))
                if event.actor == actorB && ownerBefore == actorA { sawBBlockedBehindA = true }
            case .transition(.sleeping):
                #expect(ownerBefore == nil, "slept holding the GIL")
                if event.actor == actorB { sawBSleeping = true }
            default:
                break
            }
        }
        #expect(sawBBlockedBehindA)
        #expect(sawBHolding)
        #expect(sawBSleeping)
        #expect(acquisitions.first == actorA)
        #expect(state.owner(of: gil.id) == nil)
        #expect(state.waiters(of: gil.id).isEmpty)
        #expect(state.state(of: actorA) == .running)
        #expect(state.state(of: actorB) == .running)

        let statistics = gil.statistics
        #expect(statistics.threads.map(\.actor) == [actorA, actorB])
        #expect(statistics.dropRequests >= 1)
    }

    @Test func misuseThrowsPythonErrors() throws {
        let gil = GIL(tracer: .disabled)
        #expect(throws: GILError.notHeld) { try gil.release() }
        try gil.acquire()
        #expect(gil.isHeldByCurrentThread)
        #expect(throws: GILError.alreadyHeld) { try gil.acquire() }
        // Nesting through withInterpreter is allowed and leaves the outer hold in place.
        gil.withInterpreter { #expect(gil.isHeldByCurrentThread) }
        #expect(gil.isHeldByCurrentThread)
        try gil.release()
        #expect(!gil.isHeldByCurrentThread)

        #expect(throws: GILError.timeoutWithoutBlocking) { try gil.acquire(blocking: false, timeout: 1) }
        #expect(throws: GILError.invalidTimeout(-1)) { try gil.acquire(timeout: -1) }
        #expect(throws: GILError.invalidSwitchInterval(0)) { try gil.setSwitchInterval(0) }
        try gil.setSwitchInterval(0.01)
        #expect(gil.switchInterval == 0.01)
        #expect(GILError.notHeld.pythonException == "RuntimeError")
        #expect(GILError.invalidSwitchInterval(0).pythonException == "ValueError")
    }

    @Test func acquireGivesUpWhileAnotherThreadHoldsIt() throws {
        let gil = GIL(switchInterval: 0.001, tracer: .disabled)
        let aHolds = GILTestLatch()
        let bDone = GILTestLatch()
        let outcomes = GILTestBox((nonBlocking: true, timed: true, later: false))
        let a: @Sendable () -> Void = {
            gil.withInterpreter {
                aHolds.open()
                _ = bDone.wait()
            }
        }
        let b: @Sendable () -> Void = {
            _ = aHolds.wait()
            outcomes.value.nonBlocking = (try? gil.acquire(blocking: false)) ?? true
            outcomes.value.timed = (try? gil.acquire(timeout: 0.05)) ?? true
            bDone.open()
            outcomes.value.later = (try? gil.acquire()) ?? false
            try? gil.release()
        }
        try runGILTestThreads(names: ["A", "B"], [a, b])
        #expect(outcomes.value == (nonBlocking: false, timed: false, later: true))
    }

    @Test func sleepAndSimulatedIOReleaseTheGIL() throws {
        let gil = GIL(tracer: .disabled)
        let held = GILTestBox([Bool]())
        try runGILTestThreads(
            names: ["A"],
            [
                {
                    gil.withInterpreter {
                        InterpretedWork.simulatedIO(seconds: 0.001, gil: gil)
                        held.value.append(gil.isHeldByCurrentThread)
                        gil.sleep(-1)
                        held.value.append(gil.isHeldByCurrentThread)
                        held.value.append(
                            InterpretedWork.spin(iterations: 10, gil: gil, checkpointEvery: 0) != 0)
                    }
                }
            ])
        #expect(held.value == [true, true, true])
        #expect(gil.statistics.threads.first?.acquisitions == 3)
    }
}
