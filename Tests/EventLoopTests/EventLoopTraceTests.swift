import TestSupport
import Testing
import Trace

@testable import EventLoop
@testable import Threading

@Suite struct EventLoopTraceTests {
    /// Runs a reactor on its own thread registered as a traced actor, so the test's own
    /// (shared, pooled) thread keeps no actor identity afterwards.
    @Test func idleWaitsAreTracedAsSleepingThenRunning() throws {
        let recorder = TraceRecorder()
        let tracer = Tracer(recorder)
        let actor = recorder.nextActorID()
        recorder.record(
            actor: actor, kind: .declareActor(TraceActor(id: actor, kind: .thread, name: "reactor")))
        let reactor = try Reactor(tracer: tracer)
        let thread = try NativeThread.spawn(name: "reactor") {
            TraceContext.setCurrentActor(actor)
            reactor.callLater(0.01) {
                reactor.note("timer fired")
                reactor.stop()
            }
            reactor.run()
        }
        thread.join()
        #expect(TraceSchemaConformance.problems(events: recorder.events).isEmpty)

        let events = recorder.events.filter { $0.actor == actor }
        let sleeping = try #require(
            events.firstIndex { event in
                if case .transition(.sleeping) = event.kind { return true }
                return false
            })
        #expect(events[sleeping].note == "reactor idle: waiting for I/O or a timer")
        guard case .transition(.sleeping(let until)) = events[sleeping].kind else { return }
        #expect((until ?? 0) > events[sleeping].time)
        #expect(events[sleeping + 1].kind == .transition(.running))
        #expect(events.last?.kind == .note("timer fired"))

        var state = TraceState()
        for event in recorder.events { state.apply(event) }
        #expect(state.state(of: actor) == .running)
    }

    @Test func anUntracedReactorRecordsNothing() throws {
        let recorder = TraceRecorder()
        let reactor = try Reactor(tracer: .disabled)
        reactor.callLater(0.005) { reactor.stop() }
        #expect(reactor.run(timeout: 5))
        #expect(recorder.count == 0)
    }
}
