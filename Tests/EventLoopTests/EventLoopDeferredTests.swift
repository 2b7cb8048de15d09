import Testing

@testable import EventLoop

private struct Boom: Error, Equatable {}

@Suite struct EventLoopDeferredTests {
    @Test func callbacksChainValues() throws {
        let deferred = Deferred<Int>()
        let chained = deferred.addCallback { $0 + 1 }.addCallback { "value \($0)" }
        #expect(chained.result == nil)
        try deferred.callback(1)
        #expect(try chained.result?.get() == "value 2")
    }

    /// Lesson 16 teaches this difference from Twisted: separate statements on one Deferred
    /// each receive its own result, because every `addCallback` returns a new Deferred.
    @Test func separateStatementsDoNotChain() throws {
        let deferred = Deferred<Int>()
        var seen: [Int] = []
        deferred.addCallback { $0 + 1 }
        deferred.addCallback { seen.append($0) }
        deferred.addCallback { $0 + 1 }.addCallback { seen.append($0) }
        try deferred.callback(1)
        #expect(seen == [1, 2])
    }

    @Test func errorsSkipCallbacksUntilAnErrback() throws {
        let deferred = Deferred<Int>()
        var log: [String] = []
        let end =
            deferred
            .addCallback { (_: Int) throws -> Int in
                log.append("first")
                throw Boom()
            }
            .addCallback { (value: Int) -> Int in
                log.append("skipped")
                return value
            }
            .addErrback { error in
                log.append("recovered from \(error is Boom ? "Boom" : "?")")
                return 42
            }
            .addErrback { _ in
                log.append("not called: the value skips errbacks")
                return 0
            }
            .addCallback { $0 * 2 }
        try deferred.callback(1)
        #expect(log == ["first", "recovered from Boom"])
        #expect(try end.result?.get() == 84)
    }

    @Test func errbackFailsTheWholeChain() throws {
        let deferred = Deferred<Int>()
        let end = deferred.addCallback { $0 + 1 }.addBoth { result -> String in
            switch result {
            case .success: "value"
            case .failure(let error): error is Boom ? "boom" : "other"
            }
        }
        try deferred.errback(Boom())
        #expect(try end.result?.get() == "boom")
    }

    @Test func aCallbackReturningADeferredMakesTheChainWait() throws {
        let outer = Deferred<Int>()
        let inner = Deferred<String>()
        var seen: String?
        outer.addCallback { (_: Int) -> Deferred<String> in inner }.addCallback { seen = $0 }
        try outer.callback(1)
        #expect(seen == nil)
        try inner.callback("inner done")
        #expect(seen == "inner done")
    }

    @Test func firingTwiceThrowsAlreadyCalledError() throws {
        let deferred = Deferred<Int>()
        try deferred.callback(1)
        #expect(throws: AlreadyCalledError.self) { try deferred.callback(2) }
        #expect(throws: AlreadyCalledError.self) { try deferred.errback(Boom()) }
        #expect(try deferred.result?.get() == 1)
    }

    @Test func succeedAndFailAreAlreadyFired() {
        #expect(Deferred.succeed(3).called)
        #expect(throws: Boom.self) { try Deferred<Int>.fail(Boom()).result?.get() }
        var late: Int?
        Deferred.succeed(5).addCallback { late = $0 }
        #expect(late == 5)
    }

    @Test func gatherResultsKeepsListOrder() throws {
        let deferreds = (0..<3).map { _ in Deferred<Int>() }
        let gathered = gatherResults(deferreds)
        try deferreds[2].callback(30)
        try deferreds[0].callback(10)
        #expect(!gathered.called)
        try deferreds[1].callback(20)
        #expect(try gathered.result?.get() == [10, 20, 30])
        #expect(try gatherResults([Deferred<Int>]()).result?.get() == [])
    }

    @Test func gatherResultsFailsWithTheFirstError() throws {
        let deferreds = (0..<3).map { _ in Deferred<Int>() }
        let gathered = gatherResults(deferreds)
        try deferreds[1].errback(Boom())
        try deferreds[0].callback(1)
        let error = try #require(
            gathered.result.flatMap { result -> FirstError? in
                guard case .failure(let error) = result else { return nil }
                return error as? FirstError
            })
        #expect(error.index == 1)
        #expect(error.error is Boom)
    }

    @Test func addTimeoutFailsAfterTheDelay() throws {
        let reactor = try Reactor()
        let never = Deferred<Int>()
        var outcome: String?
        let start = reactor.now
        never.addTimeout(0.02, reactor: reactor).addBoth { result in
            outcome = (try? result.get()).map { "value \($0)" } ?? "timed out"
        }
        let fired = Deferred<Int>()
        var firedOutcome: Int?
        fired.addTimeout(5, reactor: reactor).addCallback { firedOutcome = $0 }
        reactor.callSoon { try? fired.callback(7) }
        #expect(reactor.runUntilIdle(timeout: 5))
        #expect(outcome == "timed out")
        #expect(firedOutcome == 7)
        #expect(reactor.now - start >= 0.02)
    }
}
