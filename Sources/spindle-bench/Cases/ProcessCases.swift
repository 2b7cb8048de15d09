import Multiprocessing

/// fork, Process, pipes, ProcessQueue, shared values and pools. Each runs in a process of its
/// own started by the fork server, where forking is safe, as a demo does.
enum ProcessCases {
    static var all: [BenchCase] {
        [
            hosted(
                "fork_exit_wait", ForkExitWait.self, work: 1_000, notes: "os.fork, child _exit(0), waitpid",
                targets: [.python(atLeast: 1)]),
            hosted(
                "process_start_join", ProcessStartJoin.self, work: 500,
                notes: "Process(target: {}) start() then join()"),
            hosted(
                "pipe_throughput_64k_2p", PipeThroughput.self, unit: .bytesPerSecond, work: 8_192,
                notes: "64 KiB messages from a child through a Pipe",
                targets: [.python(atLeast: 1), .c(within: 1.5)]),
            hosted(
                "mp_queue_2p", QueueTwoProcesses.self, work: 100_000,
                notes: "Int items from a producer process through a ProcessQueue",
                targets: [.python(atLeast: 20), .c(atLeast: 0.6)]),
            hosted(
                "shared_value_incr_2p", SharedIncrements.self, work: 100_000,
                notes: "increments under the value's lock from 2 processes (work per process)",
                targets: [.python(atLeast: 10), .c(within: 2)]),
            hosted(
                "pool_map_100k", PoolMap.self, work: 100_000,
                notes: "Pool(2).map of x * 2 over n Ints, in the default chunks (n / 8 items each)",
                targets: [.python(atLeast: 5), .c(atLeast: 0.3)]),
            hosted(
                "pool_apply_async", PoolApplyAsync.self, work: 10_000,
                notes: "Pool(2).apply_async n times, then every get()"),
        ]
            + RoundTripCases.all
    }

    private static func hosted<P: HostedProgram>(
        _ name: String, _ program: P.Type, unit: BenchUnit = .perSecond, work: Int, notes: String,
        targets: [BenchTarget] = []
    ) -> BenchCase where P: SendableMetatype, P.Arguments == Int, P.Output == Double {
        BenchCase(name, unit: unit, work: work, notes: notes, targets: targets) { n in
            try HostedProcess<P>(arguments: n).result(timeout: 600)
        }
    }
}

extension Placement {
    var rawValue: Int {
        switch self {
        case .free: 0
        case .oneCPU: 1
        case .twoCPUs: 2
        }
    }

    init(rawValue: Int) {
        self = rawValue == 1 ? .oneCPU : rawValue == 2 ? .twoCPUs : .free
    }
}

struct ForkExitWait: HostedProgram {
    static func main(_ n: Int) throws -> Double {
        try rate(n) {
            for _ in 0..<n {
                let pid = try OS.fork()
                if pid == 0 { OS.exit(0) }
                _ = try OS.waitpid(pid, timeout: 60)
            }
        }
    }
}

struct ProcessStartJoin: HostedProgram {
    static func main(_ n: Int) throws -> Double {
        try rate(n) {
            for _ in 0..<n {
                let process = Process {}
                try process.start()
                try process.join(timeout: 60)
            }
        }
    }
}

struct PipeThroughput: HostedProgram {
    static let messageBytes = 65_536

    static func main(_ messages: Int) throws -> Double {
        let (receiver, sender) = try Pipe(duplex: true, tracer: .disabled)
        let child = Process {
            receiver.close()
            let payload = [UInt8](repeating: 7, count: messageBytes)
            for _ in 0..<messages { try sender.sendBytes(payload) }
        }
        // Page-aligned: a destination off the source's page offset copies far slower here.
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: messageBytes, alignment: 4096)
        defer { buffer.deallocate() }
        let figure = try rate(messages * messageBytes) {
            try child.start()
            sender.close()
            for _ in 0..<messages { _ = try receiver.recvBytes(into: buffer, timeout: 60) }
        }
        try child.join(timeout: 60)
        return figure
    }
}

struct QueueTwoProcesses: HostedProgram {
    static func main(_ n: Int) throws -> Double {
        let queue = try ProcessQueue<Int>(tracer: .disabled)
        return try rate(n) {
            let producer = Process { for item in 0..<n { try queue.put(item) } }
            try producer.start()
            for _ in 0..<n { _ = try queue.get(timeout: 60) }
            try producer.join(timeout: 60)
        }
    }
}

struct SharedIncrements: HostedProgram {
    static func main(_ n: Int) throws -> Double {
        let value = try SharedValue<Int>(0, tracer: .disabled)
        let figure = try rate(2 * n) {
            let workers = (0..<2).map { _ in Process { for _ in 0..<n { value.withLock { $0 += 1 } } } }
            for worker in workers { try worker.start() }
            for worker in workers { try worker.join(timeout: 120) }
        }
        guard value.value == 2 * n else {
            throw BenchFailure("shared_value_incr_2p lost updates under the lock")
        }
        return figure
    }
}

struct PoolMap: HostedProgram {
    static func main(_ n: Int) throws -> Double {
        let pool = try ProcessPool<Int, Int>(processes: 2, tracer: .disabled) { $0 &* 2 }
        _ = try pool.map(Array(0..<1_000))
        let items = Array(0..<n)
        let figure = try rate(n) { _ = try pool.map(items) }
        pool.close()
        try pool.join(timeout: 60)
        return figure
    }
}

struct PoolApplyAsync: HostedProgram {
    static func main(_ n: Int) throws -> Double {
        let pool = try ProcessPool<Int, Int>(processes: 2, tracer: .disabled) { $0 &* 2 }
        _ = try pool.map(Array(0..<100))
        let figure = try rate(n) {
            let pending = try (0..<n).map { try pool.applyAsync($0) }
            for result in pending { _ = try result.get(timeout: 60) }
        }
        pool.close()
        try pool.join(timeout: 60)
        return figure
    }
}
