import Testing

@testable import EventLoop
@testable import Threading

@Suite struct EventLoopComparisonTests {
    @Test func startingTasksReportsCreationTimeAndMemory() async throws {
        let measurement = try await ConcurrencyComparison.startTasks(count: 200)
        #expect(measurement.count == 200)
        #expect(measurement.creationSeconds > 0)
        #expect(measurement.secondsEach > 0)
        #if os(Linux)
        #expect(measurement.residentGrowthBytes != nil)
        #endif
    }

    @Test func startingThreadsReportsCreationTimeAndMemory() throws {
        let measurement = try ConcurrencyComparison.startThreads(count: 8)
        #expect(measurement.count == 8)
        #expect(measurement.creationSeconds > 0)
        #if os(Linux)
        #expect(measurement.residentGrowthBytes != nil)
        #endif
    }

    @Test func countsOutsideTheLimitsAreRejected() async throws {
        #expect(throws: ComparisonLimitError.self) { try ConcurrencyComparison.startThreads(count: 257) }
        #expect(throws: ComparisonLimitError.self) { try ConcurrencyComparison.startThreads(count: 0) }
        await #expect(throws: ComparisonLimitError.self) {
            try await ConcurrencyComparison.startTasks(count: ConcurrencyComparison.maxTasks + 1)
        }
        let error = ComparisonLimitError(what: "threads", requested: 1_000, limit: 256)
        #expect(error.description == "ValueError: cannot start 1000 threads (the limit is 256)")
    }
}
