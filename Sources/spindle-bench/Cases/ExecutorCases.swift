import Threading

/// `concurrent.futures.ThreadPoolExecutor` with two workers.
enum ExecutorCases {
    static var all: [BenchCase] {
        [
            BenchCase(
                "executor_submit_result", work: 30_000,
                notes: "submit n trivial tasks to 2 workers, then every result()"
            ) { n in
                let executor = try ThreadPoolExecutor(maxWorkers: 2, tracer: .disabled)
                defer { executor.shutdown() }
                return try rate(n) {
                    let futures = try (0..<n).map { item in try executor.submit { item &* 2 } }
                    for future in futures { _ = try future.result(timeout: 60) }
                }
            },
            BenchCase(
                "executor_map_100k", work: 100_000, notes: "map over n trivial items with 2 workers",
                targets: [.python(atLeast: 20)]
            ) { n in
                let executor = try ThreadPoolExecutor(maxWorkers: 2, tracer: .disabled)
                defer { executor.shutdown() }
                return try rate(n) {
                    _ = try executor.map({ (item: Int) in item &* 2 }, 0..<n, timeout: 300).collect()
                }
            },
        ]
    }
}
