import Testing

@Suite("Demo: concurrency-vs-parallelism")
struct ConcurrencyVsParallelismDemoTests {
    @Test("both rounds are timed, and the speedup is the ratio of their times")
    func timesBothRounds() async throws {
        let run = try await runDemo("concurrency-vs-parallelism", ["work=0.1"])
        // Each worker needs 0.1 s of CPU, so neither round can end sooner.
        #expect(try run.number("one_cpu_s") >= 0.1)
        #expect(try run.number("two_cpus_s") >= 0.1)
        try run.expectRatio("speedup", is: "one_cpu_s", over: "two_cpus_s", places: 2, operandPlaces: 3)
        #expect(try run.number("cpus_available") >= 1)
        #expect(run.notes.filter { $0.contains("100% done") }.count == 4)
    }
}
