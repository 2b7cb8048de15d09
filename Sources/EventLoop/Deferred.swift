/// A result that is not there yet: Twisted's `Deferred` (asyncio's `Future` is the same idea).
///
/// Whoever produces the result fires it once with ``callback(_:)`` or ``errback(_:)``; consumers
/// attach callbacks that run as soon as it fires (at once if it already has). Differences from
/// Twisted, which Swift's types force:
/// - `addCallback`, `addErrback` and `addBoth` return a *new*
///   Deferred carrying the callback's result, so a chain is written `d.addCallback(f).addCallback(g)`.
///   Adding two callbacks to the same Deferred gives both the same result, where Twisted would
///   pass the first one's result to the second.
/// - A callback that throws fails the next Deferred in the chain; errbacks are skipped by values
///   and callbacks are skipped by errors, exactly as in Twisted's chain.
/// - A callback may return another Deferred; the chain then waits for it.
///
/// Not thread-safe, as in Twisted: create, fire and chain Deferreds on the reactor thread only
/// (use ``Reactor/callFromThread(_:)`` to fire one from another thread). The type is deliberately
/// not `Sendable`, so the compiler rejects most attempts to share one.
public final class Deferred<Value> {
    private enum State {
        case pending([(Result<Value, any Error>) -> Void])
        case fired(Result<Value, any Error>)
    }

    private var state = State.pending([])

    /// Creates a Deferred that has not fired.
    public init() {}

    /// A Deferred that has already succeeded with `value`: Twisted's `defer.succeed`.
    public static func succeed(_ value: Value) -> Deferred {
        let deferred = Deferred()
        deferred.state = .fired(.success(value))
        return deferred
    }

    /// A Deferred that has already failed with `error`: Twisted's `defer.fail`.
    public static func fail(_ error: any Error) -> Deferred {
        let deferred = Deferred()
        deferred.state = .fired(.failure(error))
        return deferred
    }

    /// Whether the Deferred has fired: Twisted's `called`.
    public var called: Bool {
        if case .fired = state { return true }
        return false
    }

    /// The result once fired, nil before; lets tests and callbacks look without attaching anything.
    public var result: Result<Value, any Error>? {
        if case .fired(let result) = state { return result }
        return nil
    }

    /// Fires the Deferred with a value, running the callbacks attached so far: Twisted's `callback`.
    /// Throws ``AlreadyCalledError`` if it has already fired.
    public func callback(_ value: Value) throws(AlreadyCalledError) {
        try fire(.success(value))
    }

    /// Fires the Deferred with an error, running the errbacks attached so far: Twisted's `errback`.
    /// Throws ``AlreadyCalledError`` if it has already fired.
    public func errback(_ error: any Error) throws(AlreadyCalledError) {
        try fire(.failure(error))
    }

    /// Fires with `result`, for producers that already hold a `Result`.
    /// Throws ``AlreadyCalledError`` if it has already fired.
    public func fire(_ result: Result<Value, any Error>) throws(AlreadyCalledError) {
        guard case .pending(let listeners) = state else { throw AlreadyCalledError() }
        state = .fired(result)
        for listener in listeners { listener(result) }
    }

    /// Transforms a value; an error skips `function` and passes through: Twisted's `addCallback`.
    /// If `function` throws, the returned Deferred fails with that error.
    @discardableResult
    public func addCallback<New>(_ function: @escaping (Value) throws -> New) -> Deferred<New> {
        addBoth { result in try function(result.get()) }
    }

    /// Continues with another asynchronous step; the returned Deferred fires when the Deferred
    /// `function` returns does (Twisted's callback returning a Deferred). Errors skip `function`.
    @discardableResult
    public func addCallback<New>(_ function: @escaping (Value) throws -> Deferred<New>) -> Deferred<New> {
        addBoth { result in try function(result.get()) }
    }

    /// Recovers from an error with a replacement value; a value skips `function` and passes through:
    /// Twisted's `addErrback`. If `function` throws (for example rethrows), the error continues down the chain.
    @discardableResult
    public func addErrback(_ function: @escaping (any Error) throws -> Value) -> Deferred<Value> {
        addBoth { result in
            switch result {
            case .success(let value): value
            case .failure(let error): try function(error)
            }
        }
    }

    /// Runs `function` on a value or an error alike and continues with what it returns or throws:
    /// Twisted's `addBoth`, typically used for clean-up.
    @discardableResult
    public func addBoth<New>(_ function: @escaping (Result<Value, any Error>) throws -> New) -> Deferred<New>
    {
        let next = Deferred<New>()
        whenFired { result in
            // `next` is private to this chain step and fires only here, so it cannot already have fired.
            try? next.fire(Result { try function(result) })
        }
        return next
    }

    /// Like the other `addBoth`, but `function` continues with another
    /// Deferred and the chain waits for it.
    @discardableResult
    public func addBoth<New>(
        _ function: @escaping (Result<Value, any Error>) throws -> Deferred<New>
    ) -> Deferred<New> {
        let next = Deferred<New>()
        whenFired { result in
            do {
                try function(result).whenFired { inner in try? next.fire(inner) }
            } catch {
                try? next.fire(.failure(error))
            }
        }
        return next
    }

    /// A Deferred that fails with ``ReactorTimeoutError`` if this one has not fired within `seconds`:
    /// Twisted's `addTimeout(timeout, clock)`. This Deferred itself is left alone (Twisted cancels it).
    public func addTimeout(_ seconds: Double, reactor: Reactor) -> Deferred<Value> {
        let next = Deferred<Value>()
        let timer = reactor.callLater(seconds) {
            try? next.errback(ReactorTimeoutError(operation: "Deferred", seconds: seconds))
        }
        whenFired { result in
            guard timer.cancel() else { return }
            try? next.fire(result)
        }
        return next
    }

    /// Calls `listener` with the result once fired, at once if fired already.
    func whenFired(_ listener: @escaping (Result<Value, any Error>) -> Void) {
        switch state {
        case .pending(var listeners):
            // Leave the state without a copy of the array so that appending does not reallocate.
            state = .pending([])
            listeners.append(listener)
            state = .pending(listeners)
        case .fired(let result):
            listener(result)
        }
    }
}
