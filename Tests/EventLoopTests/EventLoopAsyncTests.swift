import TestSupport
import Testing
import Trace

@testable import EventLoop

private struct Boom: Error {}

@Suite struct EventLoopAsyncTests {
    @Test func asyncCodeAwaitsSleepAndDeferredsOnTheReactorThread() throws {
        let reactor = try Reactor()
        let value = try reactor.run(timeout: 10) {
            var onReactor = reactor.isReactorThread
            let start = MonotonicClock.now()
            await reactor.sleep(0.02)
            let slept = MonotonicClock.now() - start
            onReactor = onReactor && reactor.isReactorThread
            let deferred = Deferred<Int>()
            reactor.callLater(0.001) { try? deferred.callback(21) }
            let result = try await deferred.value
            onReactor = onReactor && reactor.isReactorThread
            return (result * 2, onReactor, slept >= 20_000_000)
        }
        #expect(value == (42, true, true))
    }

    @Test func tasksAndCallbacksInterleaveOnOneThread() throws {
        let reactor = try Reactor()
        let log = GuardedBox<[String]>([])
        try reactor.run(timeout: 10) {
            log.withLock { $0.append("task start") }
            reactor.callSoon { log.withLock { $0.append("callback") } }
            await reactor.sleep(0.001)
            log.withLock { $0.append("task resumed") }
        }
        #expect(log.withLock { $0 } == ["task start", "callback", "task resumed"])
    }

    @Test func spawnedTasksRunConcurrentlyOnTheReactor() throws {
        let reactor = try Reactor()
        let log = GuardedBox<[String]>([])
        for (name, delay) in [("slow", 0.02), ("fast", 0.005)] {
            reactor.spawn {
                await reactor.sleep(delay)
                log.withLock { $0.append(name) }
                if name == "slow" { reactor.stop() }
            }
        }
        #expect(reactor.run(timeout: 10))
        #expect(log.withLock { $0 } == ["fast", "slow"])
    }

    @Test func errorsFromTheBodyAreRethrown() throws {
        let reactor = try Reactor()
        #expect(throws: Boom.self) {
            try reactor.run(timeout: 10) {
                let deferred = Deferred<Int>()
                reactor.callSoon { try? deferred.errback(Boom()) }
                _ = try await deferred.value
            }
        }
    }

    @Test func awaitingADeferredWithATimeoutGivesUp() throws {
        let reactor = try Reactor()
        #expect(throws: ReactorTimeoutError.self) {
            try reactor.run(timeout: 10) {
                _ = try await Deferred<Int>().addTimeout(0.01, reactor: reactor).value
            }
        }
    }

    @Test func runWithATimeoutThrowsWhenTheBodyIsTooSlow() throws {
        let reactor = try Reactor()
        #expect(throws: ReactorTimeoutError.self) {
            try reactor.run(timeout: 0.01) { await reactor.sleep(0.1) }
        }
        // The abandoned task still finishes once the reactor runs again.
        #expect(reactor.runUntilIdle(timeout: 10))
    }
}
