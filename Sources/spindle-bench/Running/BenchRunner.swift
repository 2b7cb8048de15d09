/// Runs cases a fixed number of times after a warm-up, Spindle and its counterparts taking
/// turns run by run, so that all of them see the same machine state.
struct BenchRunner {
    let runs: Int
    let scale: Double
    let counterparts: [Counterpart]
    /// Called before each case with its name, for progress on standard error.
    let progress: (String) -> Void

    /// The measurements of one case, Spindle's first.
    func run(_ benchCase: BenchCase) throws -> CaseResult {
        let work = max(1, Int((Double(benchCase.work) * scale).rounded()))
        progress(benchCase.name)
        let others = counterparts.filter { $0.cases.contains(benchCase.name) }
        _ = try benchCase.measure(work)
        for other in others { _ = try other.measure(benchCase.name, work: work) }
        var spindle: [CaseRun] = []
        var theirs = Array(repeating: [CaseRun](), count: others.count)
        for _ in 0..<runs {
            spindle.append(try benchCase.measure(work))
            for (index, other) in others.enumerated() {
                theirs[index].append(try other.measure(benchCase.name, work: work))
            }
        }
        var counterpartMeasurements: [String: Measurement] = [:]
        for (index, other) in others.enumerated() {
            counterpartMeasurements[other.key] = Measurement(theirs[index])
        }
        return CaseResult(
            benchCase: benchCase, work: work, spindle: Measurement(spindle),
            counterparts: counterpartMeasurements)
    }
}

/// What one case measured.
struct CaseResult: Sendable {
    let benchCase: BenchCase
    let work: Int
    let spindle: Measurement
    /// Keyed by ``Counterpart/key``.
    let counterparts: [String: Measurement]

    /// Spindle's figure over the counterpart's (for bytes, theirs over ours), so above 1 is better.
    func ratio(to key: String) -> Double? {
        guard let other = counterparts[key]?.median, other > 0, spindle.median > 0 else { return nil }
        return benchCase.unit.higherIsBetter ? spindle.median / other : other / spindle.median
    }

    /// Each target with whether this run met it, as `✓ ≥10x CPython` or `✗ 4.6x < 5x CPython`.
    var verdicts: [String] {
        benchCase.targets.compactMap { target in
            switch target {
            case .python(let factor):
                guard let ratio = ratio(to: "python") else { return nil }
                return ratio >= factor
                    ? "✓ ≥\(Format.factor(factor)) CPython"
                    : "✗ \(Format.factor(ratio)) < \(Format.factor(factor)) CPython"
            case .c(let factor):
                guard let ratio = ratio(to: "c") else { return nil }
                return ratio >= 1 / factor
                    ? "✓ within \(Format.factor(factor)) of C"
                    : "✗ \(Format.factor(1 / ratio)) slower than C (target \(Format.factor(factor)))"
            case .fractionOfC(let factor):
                guard let ratio = ratio(to: "c") else { return nil }
                return ratio >= factor
                    ? "✓ ≥\(Format.factor(factor)) C"
                    : "✗ \(Format.factor(ratio)) < \(Format.factor(factor)) C"
            case .atLeast(let bound):
                return spindle.median >= bound
                    ? "✓ ≥\(Format.figure(bound, benchCase.unit))"
                    : "✗ below \(Format.figure(bound, benchCase.unit))"
            case .atMost(let bound):
                return spindle.median <= bound
                    ? "✓ ≤\(Format.figure(bound, benchCase.unit))"
                    : "✗ above \(Format.figure(bound, benchCase.unit))"
            }
        }
    }
}
