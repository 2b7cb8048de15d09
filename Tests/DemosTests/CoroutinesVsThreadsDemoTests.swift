import Testing

@Suite("Demo: coroutines-vs-threads")
struct CoroutinesVsThreadsDemoTests {
    @Test("it starts as many coroutines and threads as asked and times both")
    func startsWhatItWasAsked() async throws {
        let run = try await runDemo("coroutines-vs-threads", ["tasks=2000", "threads=32"])
        #expect(try run.number("tasks") == 2000)
        #expect(try run.number("threads") == 32)
        #expect(try run.number("coroutine_us_per_task") > 0)
        #expect(try run.number("thread_us_per_task") > 0)
        #if os(Linux)
        _ = try run.number("coroutine_bytes_per_task")
        _ = try run.number("thread_bytes_per_task")
        #endif
    }
}
