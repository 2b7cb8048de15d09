import Threading

/// Locks, semaphores, conditions, events and threads, untraced (tracing is measured on its own).
enum ThreadingCases {
    static var all: [BenchCase] {
        [
            BenchCase(
                "lock_uncontended", work: 2_000_000, notes: "Lock acquire+release on one thread",
                targets: [.python(atLeast: 5), .c(within: 2)]
            ) { n in
                let lock = Lock(tracer: .disabled)
                return try rate(n) {
                    for _ in 0..<n {
                        _ = lock.acquire()
                        try lock.release()
                    }
                }
            },
            BenchCase(
                "lock_contended_2t", work: 1_000_000,
                notes: "Lock acquire+release, 2 threads taking turns at will",
                targets: [.c(within: 2)]
            ) { n in
                let lock = Lock(tracer: .disabled)
                return try rate(n) {
                    try onTwoThreads(.free) { _ in
                        for _ in 0..<(n / 2) {
                            _ = lock.acquire()
                            try lock.release()
                        }
                    }
                }
            },
            BenchCase(
                "rlock_uncontended", work: 2_000_000, notes: "RLock acquire+release on one thread",
                targets: [.python(atLeast: 5)]
            ) { n in
                let lock = RLock(tracer: .disabled)
                return try rate(n) {
                    for _ in 0..<n {
                        _ = lock.acquire()
                        try lock.release()
                    }
                }
            },
            BenchCase(
                "semaphore_uncontended", work: 500_000, notes: "Semaphore(1) acquire+release on one thread",
                targets: [.python(atLeast: 20)]
            ) { n in
                let semaphore = try Semaphore(value: 1, tracer: .disabled)
                return try rate(n) {
                    for _ in 0..<n {
                        _ = semaphore.acquire()
                        try semaphore.release()
                    }
                }
            },
            BenchCase(
                "thread_start_join", work: 3_000, notes: "Thread start() then join(), one at a time",
                targets: [.python(atLeast: 1)]
            ) { n in
                try rate(n) {
                    for _ in 0..<n {
                        let thread = Thread(tracer: .disabled) {}
                        try thread.start()
                        try thread.join()
                    }
                }
            },
        ]
            + PingPongCases.all
    }

    static func placementNote(_ placement: Placement) -> String {
        switch placement {
        case .free: ""
        case .oneCPU: ", both pinned to one CPU"
        case .twoCPUs: ", pinned to two CPUs"
        }
    }

    /// Runs `body(0)` on a new thread and `body(1)` on another, placed as asked, and joins both.
    static func onTwoThreads(_ placement: Placement, _ body: @escaping @Sendable (Int) throws -> Void) throws
    {
        let threads = (0..<2).map { side in
            Thread(tracer: .disabled) {
                CPUAffinityShim.pin(to: placement.cpu(for: side))
                try body(side)
            }
        }
        for thread in threads { try thread.start() }
        for thread in threads { try thread.join(timeout: 300) }
    }
}
