import TestSupport
import Testing

@Suite("Demo: crawler", .forksProcesses)
struct CrawlerDemoTests {
    /// Checks what every crawl must satisfy, whatever the mode and settings.
    private func checkInvariants(_ run: FinishedRun, pages: Int, global: Int, perSlot: Int) throws {
        #expect(try run.number("pages") == Double(pages))
        #expect(try run.number("errors") == 0)
        #expect(try run.number("duplicate_fetches") == 0)
        #expect(try run.number("sockets_left") == 0)
        #expect(try run.number("max_in_flight") <= Double(global))
        #expect(try run.number("max_in_flight") >= 1)
        #expect(try run.number("max_in_flight_per_slot") <= Double(perSlot))
        #expect(try run.number("min_gap_s") >= run.number("min_gap_bound_s"))
        // The rate is over the unrounded elapsed time; pages is exact, elapsed_s shown to 0.01 s.
        try run.expectRatio("requests_per_s", is: "pages", over: "elapsed_s", places: 1, operandPlaces: 2)
    }

    @Test("event loop, per-domain slots, randomized delay: limits and the 0.5x delay bound hold")
    func eventLoopPerDomain() async throws {
        let run = try await runDemo(
            "crawler",
            [
                "pages=24", "domains=4", "download_delay=0.06", "concurrent_requests=3",
                "concurrent_requests_per_domain=2",
            ])
        try checkInvariants(run, pages: 24, global: 3, perSlot: 2)
        #expect(try run.number("min_gap_bound_s") == 0.03)
        #expect(try run.number("slots") == 4)
    }

    @Test("event loop, per-IP slots: the per-domain limit is ignored and the delay applies per IP")
    func eventLoopPerIP() async throws {
        let run = try await runDemo(
            "crawler",
            [
                "pages=24", "domains=4", "download_delay=0.05", "randomize_download_delay=off",
                "concurrent_requests_per_domain=1", "concurrent_requests_per_ip=3",
            ])
        try checkInvariants(run, pages: 24, global: 16, perSlot: 3)
        #expect(try run.number("slots") == 2)
        #expect(try run.number("min_gap_bound_s") == 0.05)
    }

    @Test("without a delay, a slot runs up to its concurrency at once")
    func noDelayFillsTheSlots() async throws {
        let run = try await runDemo(
            "crawler",
            [
                "pages=30", "domains=1", "download_delay=0", "concurrent_requests_per_domain=4",
            ])
        try checkInvariants(run, pages: 30, global: 16, perSlot: 4)
        #expect(try run.number("max_in_flight_per_slot") >= 2)
    }

    @Test("the sequential crawler has one request in flight at a time")
    func sequential() async throws {
        let run = try await runDemo(
            "crawler", ["pages=12", "domains=3", "download_delay=0.04", "mode=sequential"])
        try checkInvariants(run, pages: 12, global: 1, perSlot: 1)
    }

    @Test("the thread-per-request crawler keeps the same limits with semaphores")
    func threadPerRequest() async throws {
        let run = try await runDemo(
            "crawler",
            [
                "pages=20", "domains=2", "download_delay=0.04", "concurrent_requests=3",
                "concurrent_requests_per_domain=2", "mode=thread-per-request",
            ])
        try checkInvariants(run, pages: 20, global: 3, perSlot: 2)
        #expect(Set(run.actors.map(\.name)).isSuperset(of: ["site", "request-1", "request-20"]))
    }

    @Test("with the demo's defaults every answer comes well inside the shortest randomized delay")
    func defaultLatencyMargin() async throws {
        let run = try await runDemo("crawler", ["pages=12"])
        try checkInvariants(run, pages: 12, global: 16, perSlot: 8)
        let latenciesMs = run.notes.compactMap { note -> Double? in
            guard let range = note.range(of: "answers after ") else { return nil }
            return Double(note[range.upperBound...].prefix { $0.isNumber })
        }
        #expect(latenciesMs.count == 3)
        let shortestDelayMs = try run.number("min_gap_bound_s") * 1_000
        // A margin of 4x or more keeps the lesson's graded "one in flight per slot" true under load.
        #expect(latenciesMs.allSatisfy { $0 * 4 <= shortestDelayMs })
        #expect(try run.number("max_in_flight_per_slot") == 1)
    }
}
