import TestSupport
import Testing
import Trace

@testable import Multiprocessing
@testable import Threading

@Suite("Shared: ProcessSemaphore, ProcessBoundedSemaphore and ProcessEvent")
struct SharedSemaphoreEventTests {
    @Test("a ProcessSemaphore counts units down and up")
    func semaphoreCounts() throws {
        let semaphore = try ProcessSemaphore(value: 2)
        #expect(semaphore.value == 2)
        #expect(semaphore.acquire())
        #expect(semaphore.acquire(blocking: false))
        #expect(semaphore.value == 0)
        #expect(!semaphore.acquire(blocking: false))
        #expect(!semaphore.acquire(timeout: 0.01))
        try semaphore.release(3)
        #expect(semaphore.value == 3)
        // Unbounded: releasing past the initial value is allowed.
        try semaphore.release()
        #expect(semaphore.value == 4)
        #expect(throws: ValueError("n must be one or more")) { try semaphore.release(0) }
    }

    @Test("a negative initial value is refused, as in Python")
    func negativeInitialValue() {
        #expect(throws: ValueError("semaphore initial value must be >= 0")) {
            try ProcessSemaphore(value: -1)
        }
        #expect(throws: ValueError("semaphore initial value must be >= 0")) {
            try ProcessBoundedSemaphore(value: -1)
        }
    }

    @Test("releasing a ProcessBoundedSemaphore above its initial value throws and releases nothing")
    func boundedOverRelease() throws {
        let fixture = TraceFixture()
        let semaphores = [
            try ProcessBoundedSemaphore(value: 2),
            try ProcessBoundedSemaphore(value: 2, tracer: fixture.tracer),
        ]
        for semaphore in semaphores {
            let tooMany = ValueError("semaphore or lock released too many times")
            #expect(throws: tooMany) { try semaphore.release() }
            semaphore.acquire()
            semaphore.acquire()
            #expect(throws: tooMany) { try semaphore.release(3) }
            #expect(semaphore.value == 0)
            try semaphore.release(2)
            #expect(semaphore.value == 2)
            #expect(throws: tooMany) { try semaphore.release() }
        }
        let empty = try ProcessBoundedSemaphore(value: 0)
        #expect(throws: ValueError("semaphore or lock released too many times")) { try empty.release() }
    }

    @Test("a thread blocked on an empty ProcessSemaphore gets the unit another thread releases")
    func semaphoreWakesWaiter() throws {
        let fixture = TraceFixture()
        let semaphore = try ProcessSemaphore(value: 0, tracer: fixture.tracer)
        let thread = Thread(tracer: fixture.tracer) { semaphore.acquire() }
        try thread.start()
        #expect(
            eventually {
                fixture.hasReported(thread.actor, .blocked(on: semaphore.core.trace.resource))
            })
        try semaphore.release()
        try thread.join(timeout: 10)
        #expect(!thread.isAlive)
        #expect(semaphore.value == 0)
    }

    @Test("a ProcessEvent is set and cleared, and a wait on a clear event times out")
    func eventFlag() throws {
        let event = try ProcessEvent()
        #expect(!event.isSet)
        #expect(!event.wait(timeout: 0))
        #expect(!event.wait(timeout: 0.01))
        event.set()
        #expect(event.isSet)
        #expect(event.wait())
        #expect(event.wait(timeout: 0))
        event.clear()
        #expect(!event.isSet)
        #expect(!event.wait(timeout: 0))
    }

    @Test("a thread waiting on a ProcessEvent wakes when another thread sets it")
    func eventWakesWaiter() throws {
        let fixture = TraceFixture()
        let event = try ProcessEvent(tracer: fixture.tracer)
        let result = GuardedBox<Bool?>(nil)
        let thread = Thread(tracer: fixture.tracer) { result.value = event.wait() }
        try thread.start()
        #expect(eventually { fixture.hasReported(thread.actor, .waiting(.event(event.trace.resource))) })
        event.set()
        try thread.join(timeout: 10)
        #expect(result.value == true)
    }
}
