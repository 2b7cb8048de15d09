import ArgumentParser
import Foundation

/// `spindle-bench`: Spindle's primitives measured, and side by side with CPython and C.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spindle-bench",
        abstract: "Benchmark Spindle's primitives, optionally side by side with CPython and plain C.",
        discussion: """
            Each case does a fixed amount of work several times after a warm-up and reports the \
            median and the spread. With --compare, the CPython script and the C program in \
            Benchmarks/ run the same cases, taking turns with Spindle run by run so that all see \
            the same machine state. Build in release mode: swift run -c release spindle-bench.
            """
    )

    /// Which other implementation to run beside Spindle.
    enum Comparison: String, ExpressibleByArgument, CaseIterable {
        case python, c
    }

    @Flag(help: "A short run: a tenth of the work and 3 runs per case (under a minute).")
    var quick = false

    @Option(
        help: ArgumentHelp(
            "Also run this implementation: python or c (repeat for both).", valueName: "python|c"))
    var compare: [Comparison] = []

    @Flag(help: "Print the results as one JSON object.")
    var json = false

    @Flag(help: "Print one line per case: case<TAB>value<TAB>notes.")
    var tsv = false

    @Option(
        name: .customLong("case"),
        help: ArgumentHelp(
            "Only cases whose name contains this text (repeatable).", valueName: "text"))
    var caseFilters: [String] = []

    @Option(
        help: ArgumentHelp("Runs per case after the warm-up (default 5, or 3 with --quick).", valueName: "n"))
    var runs: Int?

    @Option(
        help: ArgumentHelp(
            "Multiply every case's work by this factor (tiny values make smoke tests).", valueName: "factor"))
    var scale: Double = 1

    @Option(
        help: ArgumentHelp(
            "The folder with python/prims.py and c/prims.c (default: the repository's).", valueName: "dir"))
    var benchmarks: String?

    @Flag(help: "List the cases and what each measures, then stop.")
    var list = false

    func validate() throws {
        if json && tsv { throw ValidationError("choose one of --json and --tsv") }
        if let runs, !(1...50).contains(runs) {
            throw ValidationError("--runs must be between 1 and 50, not \(runs)")
        }
        guard scale.isFinite, scale > 0, scale <= 10 else {
            throw ValidationError("--scale must be above 0 and at most 10")
        }
    }

    func run() throws {
        let cases = BenchCases.all.filter { benchCase in
            caseFilters.isEmpty || caseFilters.contains { benchCase.name.contains($0) }
        }
        if list {
            print(cases.map { "\($0.name)\t\($0.unit.rawValue)\t\($0.notes)" }.joined(separator: "\n"))
            return
        }
        guard !cases.isEmpty else {
            throw ValidationError("no case matches \(caseFilters.joined(separator: ", ")); --list shows them")
        }
        #if DEBUG
        FileHandle.standardError.write(
            Data(
                "note: this is a debug build; for real figures run `swift run -c release spindle-bench`\n"
                    .utf8))
        #endif
        let buildFolder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "spindle-bench-\(getpid())"
        ).path
        try FileManager.default.createDirectory(atPath: buildFolder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: buildFolder) }
        let counterparts = try makeCounterparts(buildFolder: buildFolder)
        let runner = BenchRunner(
            runs: runs ?? (quick ? 3 : 5), scale: scale * (quick ? 0.1 : 1), counterparts: counterparts,
            progress: { name in FileHandle.standardError.write(Data("running \(name)\n".utf8)) })
        var results: [CaseResult] = []
        for benchCase in cases {
            do {
                results.append(try runner.run(benchCase))
            } catch {
                throw BenchFailure("\(benchCase.name): \(error)")
            }
        }
        if json {
            print(
                try BenchReport.json(
                    results, counterparts: counterparts,
                    settings: [
                        "quick": quick, "scale": scale, "runs": runner.runs,
                    ]), terminator: "")
        } else if tsv {
            print(BenchReport.tsv(results, counterparts: counterparts), terminator: "")
        } else {
            print(MachineDescription.current().summary)
            print(
                "median of \(runner.runs) runs after a warm-up; ± is half the range; ratio > 1 means Spindle is faster\n"
            )
            print(BenchReport.table(results, counterparts: counterparts), terminator: "")
        }
    }

    private func makeCounterparts(buildFolder: String) throws -> [Counterpart] {
        guard !compare.isEmpty else { return [] }
        let folder = try CounterpartFactory.benchmarksFolder(option: benchmarks)
        return try Comparison.allCases.filter(compare.contains).map { comparison in
            switch comparison {
            case .python: try CounterpartFactory.python(folder: folder)
            case .c: try CounterpartFactory.c(folder: folder, buildFolder: buildFolder)
            }
        }
    }
}
