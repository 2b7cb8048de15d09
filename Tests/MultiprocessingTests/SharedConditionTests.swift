import TestSupport
import Testing
import Trace

@testable import Multiprocessing
@testable import Threading

@Suite("Shared: ProcessCondition")
struct SharedConditionTests {
    @Test("wait and notify without holding the lock throw RuntimeError")
    func unacquired() throws {
        let conditions = [
            try ProcessCondition(),
            try ProcessCondition(lock: ProcessLock()),
            try ProcessCondition(lock: ProcessRLock()),
        ]
        for condition in conditions {
            #expect(throws: RuntimeError("cannot wait on un-acquired lock")) {
                try condition.wait(timeout: 0)
            }
            #expect(throws: RuntimeError("cannot notify on un-acquired lock")) { try condition.notify() }
            #expect(throws: RuntimeError("cannot notify on un-acquired lock")) { try condition.notifyAll() }
        }
    }

    @Test("a wait that times out returns false with every level of the RLock held again")
    func waitTimeout() throws {
        let lock = try ProcessRLock()
        let condition = try ProcessCondition(lock: lock)
        try condition.withLock {
            lock.acquire()
            #expect(try condition.wait(timeout: 0.01) == false)
            #expect(lock.isOwnedByCurrentThread)
            try lock.release()
            #expect(lock.isOwnedByCurrentThread)
            #expect(condition.waitingCount == 0)
        }
        #expect(!lock.isOwnedByCurrentThread)
    }

    @Test("notify(1) ends exactly one of three waits, notifyAll the rest")
    func notifyOne() throws {
        let condition = try ProcessCondition()
        let woken = GuardedCounter()
        let waiters = (0..<3).map { _ in
            Thread {
                try condition.withLock {
                    try condition.wait()
                    woken.increment()
                }
            }
        }
        for thread in waiters { try thread.start() }
        #expect(eventually { condition.withLock { condition.waitingCount == 3 } })
        try condition.withLock { try condition.notify(1) }
        #expect(
            eventually {
                woken.value == 1 && condition.withLock { condition.unclaimedNotifications == 0 }
            })
        // With the one grant claimed, nothing can end the other two waits but another notify.
        #expect(condition.withLock { condition.waitingCount } == 2)
        #expect(woken.value == 1)
        try condition.withLock { try condition.notifyAll() }
        for thread in waiters { try thread.join(timeout: 10) }
        #expect(woken.value == 3)
        #expect(waiters.allSatisfy { !$0.isAlive && $0.error == nil })
    }

    @Test("a wait that starts after a notify is not ended by it")
    func noStolenNotify() throws {
        let condition = try ProcessCondition(lock: ProcessLock())
        let result = GuardedBox<Bool?>(nil)
        let waiter = Thread {
            try condition.withLock { result.value = try condition.wait() }
        }
        try waiter.start()
        #expect(eventually { condition.withLock { condition.waitingCount == 1 } })
        let late = try condition.withLock {
            try condition.notify()
            // This wait began after the notify, whose grant belongs to the waiter above.
            return try condition.wait(timeout: 0)
        }
        #expect(late == false)
        try waiter.join(timeout: 10)
        #expect(result.value == true)
        // A notify with nobody waiting is not kept for later waits either.
        let empty = try condition.withLock {
            try condition.notify()
            return try condition.wait(timeout: 0)
        }
        #expect(empty == false)
    }

    @Test("waitFor returns once another thread makes the predicate true")
    func waitForPredicate() throws {
        for condition in [try ProcessCondition(), try ProcessCondition(lock: ProcessLock())] {
            let ready = try SharedValue(false, lock: false)
            let setter = Thread {
                try condition.withLock {
                    ready.value = true
                    try condition.notifyAll()
                }
            }
            let result = try condition.withLock {
                try setter.start()
                return try condition.waitFor({ ready.value }, timeout: 10)
            }
            try setter.join()
            #expect(result)
        }
    }

    @Test("waitFor gives up after its timeout and returns the predicate's last value")
    func waitForTimeout() throws {
        let condition = try ProcessCondition()
        let result = try condition.withLock { try condition.waitFor({ false }, timeout: 0.01) }
        #expect(result == false)
    }

    @Test("a wait on an RLock held two levels deep restores both")
    func reentrantWait() throws {
        let lock = try ProcessRLock()
        let condition = try ProcessCondition(lock: lock)
        // The notifier gets the lock only once the wait below has released it.
        let notifier = Thread {
            try condition.withLock { try condition.notify() }
        }
        lock.acquire()
        lock.acquire()
        try notifier.start()
        #expect(try condition.wait())
        try lock.release()
        #expect(lock.isOwnedByCurrentThread)
        try lock.release()
        #expect(!lock.isOwnedByCurrentThread)
        try notifier.join()
        #expect(notifier.error == nil)
    }
}
