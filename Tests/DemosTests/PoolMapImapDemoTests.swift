import TestSupport
import Testing

@Suite("Demo: pool-map-imap", .forksProcesses)
struct PoolMapImapDemoTests {
    @Test("map hands over the list at the end; imap hands out the first result long before")
    func imapComesFirst() async throws {
        let run = try await runDemo("pool-map-imap", ["workers=3", "tasks=6", "task_s=0.15"])
        #expect(try run.value("imap_order") == "0,1,2,3,4,5")
        #expect(try run.number("map_first_result_s") == run.number("map_all_s"))
        // f(0) takes one unit; map's list needs the slowest calls, five units.
        #expect(try run.number("imap_first_result_s") < run.number("map_first_result_s"))
        let arrivals = try run.value("imap_arrivals").split(separator: ",").compactMap { Double($0) }
        #expect(arrivals.count == 6)
        #expect(arrivals == arrivals.sorted())
        #expect(arrivals.last == (try run.number("imap_all_s")))
    }

    @Test("imap_unordered hands out results as they finish, not in item order")
    func unorderedByCompletion() async throws {
        let run = try await runDemo("pool-map-imap", ["workers=3", "tasks=6", "task_s=0.15", "unordered=on"])
        let order = try run.value("imap_order").split(separator: ",").compactMap { Int($0) }
        #expect(order.sorted() == [0, 1, 2, 3, 4, 5])
        // f(2) works two units and f(1) three, and they start together.
        let second = try #require(order.firstIndex(of: 2))
        let first = try #require(order.firstIndex(of: 1))
        #expect(second < first)
    }
}
