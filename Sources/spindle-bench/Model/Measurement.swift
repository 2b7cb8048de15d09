/// The figures of several runs of one case by one implementation.
struct Measurement: Sendable, Codable {
    let runs: [Double]

    var median: Double {
        let sorted = runs.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    var minimum: Double { runs.min() ?? 0 }
    var maximum: Double { runs.max() ?? 0 }

    /// Half the range as a fraction of the median: the ± a table shows.
    var spread: Double {
        median > 0 ? (maximum - minimum) / 2 / median : 0
    }
}
