import Testing

@testable import spindle_bench

/// The ✓/✗ a target gets from the figures of the same run.
@Suite("Target verdicts")
struct TargetVerdictTests {
    private func result(spindle: Double, c: Double, targets: [BenchTarget]) -> CaseResult {
        CaseResult(
            benchCase: BenchCase("case", work: 1, notes: "", targets: targets) { _ in spindle }, work: 1,
            spindle: Measurement(runs: [spindle]), counterparts: ["c": Measurement(runs: [c])])
    }

    @Test("at least a share of C is met at that share and missed below it")
    func atLeastOfC() {
        #expect(result(spindle: 70, c: 100, targets: [.c(atLeast: 0.7)]).verdicts == ["✓ ≥0.70x C"])
        #expect(result(spindle: 50, c: 100, targets: [.c(atLeast: 0.7)]).verdicts == ["✗ 0.50x < 0.70x C"])
    }

    @Test("within a factor of C still reads as before")
    func withinC() {
        #expect(result(spindle: 60, c: 100, targets: [.c(within: 2)]).verdicts == ["✓ within 2.00x of C"])
    }

    @Test("a target on C says nothing when C did not run")
    func noC() {
        let alone = CaseResult(
            benchCase: BenchCase("case", work: 1, notes: "", targets: [.c(atLeast: 0.7)]) { _ in 1 }, work: 1,
            spindle: Measurement(runs: [1]), counterparts: [:])
        #expect(alone.verdicts.isEmpty)
    }
}
