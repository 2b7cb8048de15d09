import Testing
import Threading

@Suite("Demo: thread-pool-submit-map")
struct ThreadPoolSubmitMapDemoTests {
    @Test("submit calls fun once with the list; map once per item, in input order; as_completed out of order")
    func submitVersusMap() async throws {
        let run = try await runDemo("thread-pool-submit-map", ["items=6", "workers=3"])
        #expect(try run.number("submit_calls") == 1)
        #expect(try run.number("map_calls") == 6)
        #expect(try run.value("map_order") == "1,2,3,4,5,6")
        let completed = try run.value("completion_order").split(separator: ",").map(String.init)
        #expect(completed.sorted() == ["1", "2", "3", "4", "5", "6"])
        #expect(completed.last == "1")
        #expect(try run.value("out_of_order") == "yes")
        #expect(run.notes.contains("fun([1, 2, 3, 4, 5, 6]) called"))
    }

    @Test("two workers are enough for the slow first call to finish last")
    func twoWorkers() async throws {
        let run = try await runDemo("thread-pool-submit-map", ["items=12", "workers=2"])
        #expect(try run.number("map_calls") == 12)
        #expect(try run.value("completion_order").hasSuffix(",1"))
    }

    @Test("the workers are named as Python names them")
    func workerNames() async throws {
        let run = try await runDemo("thread-pool-submit-map", ["items=3", "workers=2"])
        #expect(run.actors.contains { $0.name.hasPrefix("ThreadPoolExecutor-") && $0.name.hasSuffix("_0") })
    }
}
