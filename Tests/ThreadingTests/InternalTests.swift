import Testing
import Trace

@testable import Threading

@Suite("Internal building blocks")
struct InternalTests {
    final class Box: @unchecked Sendable {
        let lock = PthreadMutex()
        var values: [Int] = []
    }

    @Test("a native thread runs its closure and join waits for it")
    func nativeThread() throws {
        let box = Box()
        let thread = try NativeThread.spawn(name: "probe") {
            box.lock.withLock { box.values.append(NativeThread.currentNativeID) }
        }
        thread.join()
        thread.join()
        #expect(box.values.count == 1)
        #expect(box.values[0] != NativeThread.currentNativeID, "the closure ran on another kernel thread")
    }

    @Test("a timed condition wait returns false once its deadline has passed, and true when signalled")
    func conditionTimeout() throws {
        let mutex = PthreadMutex()
        let condition = PthreadCondition()
        mutex.lock()
        let timedOut = condition.wait(mutex, until: Deadline.after(seconds: 0.01)!)
        mutex.unlock()
        #expect(!timedOut)

        final class Flag: @unchecked Sendable { var raised = false }
        let flag = Flag()
        let signaller = try NativeThread.spawn(name: "signaller") {
            mutex.withLock {
                flag.raised = true
                condition.signal()
            }
        }
        mutex.lock()
        while !flag.raised {
            _ = condition.wait(mutex, until: nil)
        }
        mutex.unlock()
        signaller.join()
        #expect(flag.raised)
    }

    @Test("a deadline in the past has no time left; nil means no deadline")
    func deadlines() {
        #expect(Deadline.after(seconds: nil) == nil)
        let passed = Deadline.after(seconds: -1)!
        #expect(passed.hasPassed)
        #expect(passed.remainingNanoseconds == 0)
        #expect(Deadline.after(seconds: 60)!.remainingNanoseconds > 59_000_000_000)
    }

    @Test("each thread keeps its own current actor")
    func actorPerThread() throws {
        let previous = TraceContext.currentActor
        defer { TraceContext.setCurrentActor(previous) }
        TraceContext.setCurrentActor(ActorID(7))
        let box = Box()
        let thread = try NativeThread.spawn(name: "other") {
            let before = TraceContext.currentActor.rawValue
            TraceContext.setCurrentActor(ActorID(9))
            box.lock.withLock { box.values = [before, TraceContext.currentActor.rawValue] }
        }
        thread.join()
        #expect(box.values == [0, 9])
        #expect(TraceContext.currentActor == ActorID(7))
    }

    @Test("an installed tracer is what new primitives see until it is removed")
    func installedTracer() {
        let recorder = TraceRecorder()
        TraceContext.install(Tracer(recorder))
        #expect(TraceContext.tracer.recorder === recorder)
        TraceContext.uninstall()
        #expect(!TraceContext.tracer.isEnabled)
    }
}
