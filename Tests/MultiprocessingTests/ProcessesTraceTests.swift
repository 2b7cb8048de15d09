import Multiprocessing
import TestSupport
import Testing
import Threading
import Trace

#if canImport(Glibc)
import Glibc
#endif

/// Starts `count` children that each leave a note and exit at once, then waits for them.
struct NotingChildren: HostedProgram {
    static func main(_ count: Int) throws -> [Int32] {
        let children = (0..<count).map { index in
            Process(name: "child-\(index)") {
                TraceContext.tracer.record(
                    actor: TraceContext.currentActor, .note("last words of child-\(index)"))
            }
        }
        for child in children { try child.start() }
        for child in children { try child.join(timeout: 30) }
        return children.compactMap(\.pid)
    }
}

/// A child that is killed by a signal, so only its parent can report its end.
struct KilledChild: HostedProgram {
    static func main(_ arguments: NoOutput) throws -> NoOutput {
        let child = Process(name: "victim") { while true { sleep(10) } }
        try child.start()
        child.kill()
        try child.join(timeout: 30)
        return NoOutput()
    }
}

@Suite("Processes: tracing across processes", .forksProcesses)
struct ProcessesTraceTests {
    @Test("every process's events reach the recorder, complete and in time order")
    func eventsFromChildren() throws {
        let recorder = TraceRecorder()
        let pids = try runHosted(NotingChildren.self, 3, tracer: Tracer(recorder))
        let events = recorder.events
        let actors = events.compactMap { event -> TraceActor? in
            if case .declareActor(let actor) = event.kind { return actor }
            return nil
        }
        let host = try #require(actors.first { $0.name == "NotingChildren" })
        let children = actors.filter { $0.parent == host.id }
        #expect(children.map(\.name).sorted() == ["child-0", "child-1", "child-2"])
        #expect(Set(children.compactMap(\.pid)) == Set(pids))
        #expect(Set(actors.map(\.id)).count == actors.count)
        #expect(events.map(\.time) == events.map(\.time).sorted())
        for child in children {
            let own = events.filter { $0.actor == child.id }
            #expect(own.contains { $0.kind == .note("last words of \(child.name)") })
            #expect(own.last?.kind == .transition(.done(.exited(0))))
        }
        #expect(
            events.contains { $0.actor == host.id && $0.kind == .transition(.waiting(.join(children[0].id))) }
        )
        #expect(events.last?.kind == .transition(.done(.exited(0))))
        #expect(events.last?.actor == host.id)
    }

    @Test("a child killed by a signal is reported done by its parent")
    func signalledChild() throws {
        let recorder = TraceRecorder()
        _ = try runHosted(KilledChild.self, NoOutput(), tracer: Tracer(recorder))
        let victim = try #require(
            recorder.events.compactMap { event -> TraceActor? in
                if case .declareActor(let actor) = event.kind, actor.name == "victim" { return actor }
                return nil
            }.first)
        #expect(
            recorder.events.contains {
                $0.actor == victim.id && $0.kind == .transition(.done(.signalled(SIGKILL)))
            })
    }

    @Test("IDs handed out after a traced run do not collide with the run's")
    func idsContinue() throws {
        let recorder = TraceRecorder()
        _ = try runHosted(NotingChildren.self, 1, tracer: Tracer(recorder))
        let used = recorder.events.compactMap { event -> Int? in
            if case .declareActor(let actor) = event.kind { return actor.id.rawValue }
            return nil
        }
        #expect(recorder.nextActorID().rawValue > used.max() ?? 0)
    }
}
