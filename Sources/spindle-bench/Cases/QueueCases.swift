import Threading

/// `queue.Queue` and `PriorityQueue` on one thread and across two.
enum QueueCases {
    static var all: [BenchCase] {
        [
            BenchCase(
                "queue_put_get_1t", work: 300_000, notes: "Queue put then get on one thread",
                targets: [.python(atLeast: 20), .c(within: 2)]
            ) { n in
                let queue = Queue<Int>(tracer: .disabled)
                return try rate(n) {
                    for item in 0..<n {
                        try queue.put(item)
                        _ = try queue.get()
                    }
                }
            },
            BenchCase(
                "queue_spsc_2t", work: 200_000, notes: "Queue from a producer thread to a consumer thread",
                targets: [.python(atLeast: 20), .c(within: 2)]
            ) { n in
                let queue = Queue<Int>(tracer: .disabled)
                return try rate(n) {
                    let producer = Thread(tracer: .disabled) { for item in 0..<n { try queue.put(item) } }
                    try producer.start()
                    for _ in 0..<n { _ = try queue.get(timeout: 60) }
                    try producer.join(timeout: 60)
                }
            },
            BenchCase(
                "priority_queue_1t", work: 200_000, notes: "PriorityQueue, 100 puts then 100 gets, repeated",
                targets: [.python(atLeast: 20)]
            ) { n in
                let queue = PriorityQueue<Int, Int>(tracer: .disabled)
                let batches = max(1, n / 100)
                return try rate(batches * 100) {
                    for batch in 0..<batches {
                        for item in 0..<100 { try queue.put(priority: (item &* 7919 &+ batch) % 100, item) }
                        for _ in 0..<100 { _ = try queue.get() }
                    }
                }
            },
        ]
    }
}
