import Testing
import Threading

@Suite("Demo: semaphore-pool")
struct SemaphorePoolDemoTests {
    @Test("never more workers inside than the bound", arguments: [1, 3, 5])
    func boundHolds(bound: Int) async throws {
        let run = try await runDemo("semaphore-pool", ["workers=12", "bound=\(bound)"])
        #expect(try run.number("max_inside") <= run.number("bound"))
        #expect(try run.number("bound") == Double(bound))
    }

    @Test("with more workers than places and long enough work, the semaphore fills up")
    func boundIsReached() async throws {
        let run = try await runDemo("semaphore-pool", ["speed=10", "workers=8", "bound=5"])
        #expect(try run.number("max_inside") == 5)
    }

    @Test("releasing a BoundedSemaphore too often raises and leaves its value at the bound")
    func boundedRaises() async throws {
        let run = try await runDemo("semaphore-pool", ["workers=3", "bound=2", "bounded=on"])
        #expect(try run.value("over_release_raised") == "yes")
        #expect(try run.number("value_after") == 2)
    }

    @Test("a plain Semaphore takes the extra release silently and grows past its initial value")
    func plainGrows() async throws {
        let run = try await runDemo("semaphore-pool", ["workers=3", "bound=2", "bounded=off"])
        #expect(try run.value("over_release_raised") == "no")
        #expect(try run.number("value_after") == 3)
    }
}
