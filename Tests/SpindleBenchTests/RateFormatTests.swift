import Testing

@testable import spindle_bench

/// How rates are printed: three significant figures, in the prefix that keeps them at 1 or more.
@Suite("Rate formatting")
struct RateFormatTests {
    @Test(
        "a rate takes the largest prefix that keeps it at 1 or more once rounded",
        arguments: [
            (950, "950 /s"), (12_345, "12.3 k/s"), (999_499, "999 k/s"), (999_999, "1.00 M/s"),
            (2_500_000_000, "2.50 G/s"),
        ] as [(Double, String)])
    func rate(perSecond: Double, expected: String) {
        #expect(Format.figure(perSecond, .perSecond) == expected)
    }
}
