/// One benchmark: a fixed amount of work, measured as one figure.
struct BenchCase: Sendable {
    /// The name shared with the CPython and C counterparts (`lock_uncontended`).
    let name: String
    /// What the figure counts.
    let unit: BenchUnit
    /// The amount of work in a full run (operations, items, round trips, frames).
    let work: Int
    /// What the case measures, one line.
    let notes: String
    /// The targets the issue set for it.
    let targets: [BenchTarget]
    /// Does `work` units of work and returns the figure, with the latencies of a round-trip case.
    let measure: @Sendable (Int) throws -> CaseRun

    init(
        _ name: String, unit: BenchUnit = .perSecond, work: Int, notes: String, targets: [BenchTarget] = [],
        measure: @escaping @Sendable (Int) throws -> Double
    ) {
        self.init(name, unit: unit, work: work, notes: notes, targets: targets) { CaseRun(try measure($0)) }
    }

    private init(
        _ name: String, unit: BenchUnit, work: Int, notes: String, targets: [BenchTarget],
        run: @escaping @Sendable (Int) throws -> CaseRun
    ) {
        self.name = name
        self.unit = unit
        self.work = work
        self.notes = notes
        self.targets = targets
        self.measure = run
    }

    /// A case of `work` round trips that times each one: `measure` returns the rate and the
    /// latency percentiles of the same run.
    static func roundTrips(
        _ name: String, work: Int, notes: String, targets: [BenchTarget],
        measure: @escaping @Sendable (Int) throws -> CaseRun
    ) -> BenchCase {
        BenchCase(
            name, unit: .perSecond, work: work,
            notes: notes + "; rate and per-round-trip latency from the same runs", targets: targets,
            run: measure)
    }
}

/// What a figure counts, and which way is better.
enum BenchUnit: String, Sendable, Codable {
    /// Operations per second; higher is better.
    case perSecond = "/s"
    /// Bytes per second; higher is better.
    case bytesPerSecond = "B/s"
    /// A dimensionless ratio such as a speedup; higher is better.
    case ratio = "x"
    /// Bytes; lower is better.
    case bytes = "B"

    var higherIsBetter: Bool { self != .bytes }
}

/// A goal for a case, checked against the same run's figures.
enum BenchTarget: Sendable {
    /// At least `factor` times CPython's figure.
    case python(atLeast: Double)
    /// At least `1 / factor` of C's figure ("within 2x of C").
    case c(within: Double)
    /// At least `factor` times C's figure ("at least 0.7x C"), for cases where C is the limit.
    case fractionOfC(Double)
    /// The figure itself at least this value (a ratio, or frames per second).
    case atLeast(Double)
    /// The figure itself at most this value (bytes).
    case atMost(Double)
}

extension BenchTarget {
    /// At least `factor` times C's figure, written as the issues write it: `.c(atLeast: 0.7)`.
    static func c(atLeast factor: Double) -> BenchTarget { .fractionOfC(factor) }
}
