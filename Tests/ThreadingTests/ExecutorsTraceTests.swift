import Testing
import Trace

@testable import Threading

@Suite struct ExecutorsTraceTests {
    /// Two workers, three tasks: the third waits in the queue until a worker is free.
    @Test func executorTracesWorkersQueueAndJoins() throws {
        let recorder = TraceRecorder()
        let tracer = Tracer(recorder)
        let started = ExecutorsLatch()
        let release = ExecutorsLatch()
        let queueID = ExecutorsLog<ResourceID>()
        let firstWorker = ExecutorsLog<ActorID>()

        let main = try executorsRunAsActor("main", recorder: recorder) {
            let executor = try ThreadPoolExecutor(maxWorkers: 2, threadNamePrefix: "pool", tracer: tracer)
            queueID.append(executor.pool.queueID)
            let first = try executor.submit {
                firstWorker.append(TraceContext.currentActor)
                started.open()
                release.wait()
                return 1
            }
            started.wait()
            let second = try executor.submit {
                release.wait()
                return 2
            }
            let third = try executor.submit { 3 }
            // Released only once the trace shows this thread waiting on the first worker.
            let me = TraceContext.currentActor
            let releaser = try NativeThread.spawn(name: "releaser") {
                _ = executorsEventually {
                    Self.state(of: recorder).state(of: me) == .waiting(.join(firstWorker.elements[0]))
                }
                release.open()
            }
            #expect(try first.result() == 1)
            releaser.join()
            #expect(try second.result() == 2)
            #expect(try third.result() == 3)
            // Both workers go idle on the empty queue before the shutdown.
            #expect(executorsEventually { executor.pool.idleWorkerCount == 2 })
            executor.shutdown(wait: true)
        }

        let events = recorder.events
        let state = Self.state(of: recorder)
        let queue = try #require(queueID.elements.first)
        #expect(state.resource(queue) == TraceResource(id: queue, kind: .queue, name: "pool work queue"))
        #expect(state.contents(of: queue).isEmpty)

        let workers = state.children(of: main)
        #expect(workers.map { state.actor($0)?.actor.name } == ["pool_0", "pool_1"])
        #expect(workers.allSatisfy { state.actor($0)?.actor.kind == .thread })
        #expect(workers.first == firstWorker.elements.first)
        for worker in workers {
            #expect(state.exitStatus(of: worker) == .exited(0))
            let transitions = events.filter { $0.actor == worker }.compactMap { event -> ActorState? in
                if case .transition(let next) = event.kind { return next }
                return nil
            }
            #expect(transitions.first == .running)
            #expect(transitions.contains(.waiting(.queue(queue, .empty))))
            #expect(transitions.last == .done(.exited(0)))
            // Every wait on the queue ends in running again before anything else happens.
            for (index, transition) in transitions.enumerated()
            where transition == .waiting(.queue(queue, .empty)) {
                #expect(transitions[index + 1] == .running)
            }
        }

        let puts = events.compactMap { event -> String? in
            if case .operation(queue, .put(let item)) = event.kind, event.actor == main { return item }
            return nil
        }
        #expect(puts == ["task 1", "task 2", "task 3"])
        let gets = events.filter { event in
            if case .operation(queue, .get) = event.kind { return workers.contains(event.actor) }
            return false
        }
        #expect(gets.count == 3)

        let mainStates = events.filter { $0.actor == main }.compactMap { event -> ActorState? in
            if case .transition(let next) = event.kind { return next }
            return nil
        }
        let join = try #require(mainStates.firstIndex(of: .waiting(.join(workers[0]))))
        #expect(mainStates[join + 1] == .running)
    }

    @Test func poolWorkersAndMapItemsAppearInTheTrace() throws {
        let recorder = TraceRecorder()
        let tracer = Tracer(recorder)
        let main = try executorsRunAsActor("main", recorder: recorder) {
            try withThreadPool(processes: 2, name: "tasks", tracer: tracer) { pool in
                let values = try pool.map({ (word: String) in word.count }, ["a", "bb", "ccc"], chunksize: 1)
                #expect(values == [1, 2, 3])
            }
        }
        let state = Self.state(of: recorder)
        let workers = state.children(of: main)
        #expect(workers.count == 2)
        #expect(workers.allSatisfy { state.actor($0)?.actor.name.hasSuffix(" (worker)") == true })
        #expect(workers.allSatisfy { state.exitStatus(of: $0) == .exited(0) })
        let puts = recorder.events.compactMap { event -> String? in
            if case .operation(_, .put(let item)) = event.kind { return item }
            return nil
        }
        #expect(puts == ["a", "bb", "ccc"])
        let queue = try #require(state.resourceIDs.first { state.resource($0)?.name == "tasks" })
        #expect(state.contents(of: queue).isEmpty)
    }

    @Test func untracedExecutorsRecordNothing() throws {
        let recorder = TraceRecorder()
        try withExecutor(maxWorkers: 2, tracer: .disabled) { executor in
            _ = try executor.map({ (item: Int) in item }, 0..<10).collect()
        }
        #expect(recorder.count == 0)
    }

    private static func state(of recorder: TraceRecorder) -> TraceState {
        var state = TraceState()
        for event in recorder.events { state.apply(event) }
        return state
    }
}
