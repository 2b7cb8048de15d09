import Trace

/// Seconds taken by `body`, on the monotonic clock.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = MonotonicClock.now()
    try body()
    return max(1e-9, Double(MonotonicClock.now() &- start) / 1e9)
}

/// `count` operations done in the time `body` took, as a rate per second.
func rate(_ count: Int, _ body: () throws -> Void) rethrows -> Double {
    Double(count) / (try seconds(body))
}

/// Where the two threads of a ping-pong case run: wherever the OS puts them, both on one CPU,
/// or one on each of two CPUs.
enum Placement: Sendable {
    case free, oneCPU, twoCPUs

    var suffix: String {
        switch self {
        case .free: ""
        case .oneCPU: "_1cpu"
        case .twoCPUs: "_2cpu"
        }
    }

    /// The CPU for side `index` (0 or 1), or nil when the OS decides.
    func cpu(for index: Int) -> Int? {
        let cpus = Placement.cpus
        switch self {
        case .free: return nil
        case .oneCPU: return cpus.first
        case .twoCPUs: return cpus.count > 1 ? cpus[index] : nil
        }
    }

    /// Placements this machine can give: pinning to two CPUs needs two.
    static var available: [Placement] {
        cpus.count > 1 ? [.free, .oneCPU, .twoCPUs] : cpus.isEmpty ? [.free] : [.free, .oneCPU]
    }

    private static var cpus: [Int] { Array(CPUAffinityShim.availableCPUs.prefix(2)) }
}
