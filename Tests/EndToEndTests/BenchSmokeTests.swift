import Foundation
import TestSupport
import Testing

/// `spindle-bench` at tiny sizes: every case runs and reports a positive figure. Speed is never
/// checked here; the benchmark itself reports it.
@Suite("Benchmark smoke")
struct BenchSmokeTests {
    static var binary: String {
        SpindleBinary.url.deletingLastPathComponent().appendingPathComponent("spindle-bench").path
    }

    private func bench(_ arguments: [String]) throws -> ChildProcess.Outcome {
        try ChildProcess.run([Self.binary] + arguments, environment: ProcessInfo.processInfo.environment)
    }

    @Test("every case runs with --quick at tiny sizes and reports a positive figure in TSV")
    func everyCaseRuns() throws {
        let listed = try bench(["--list"])
        #expect(listed.status == 0)
        let names = listed.output.split(separator: "\n").compactMap {
            $0.split(separator: "\t").first.map(String.init)
        }
        #expect(names.count >= 30)
        let run = try bench(["--quick", "--scale", "0.01", "--runs", "1", "--tsv"])
        #expect(run.status == 0, "\(run.errors.suffix(500))")
        let lines = run.output.split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false)
        }
        #expect(lines.map { String($0[0]) } == names)
        for line in lines {
            #expect(line.count == 3)
            #expect((Double(line[1]) ?? 0) > 0, "\(line[0]) reported \(line[1])")
        }
    }

    @Test("--json is one object with the machine and every case's runs")
    func json() throws {
        let run = try bench([
            "--quick", "--scale", "0.01", "--runs", "2", "--json", "--case", "rlock_uncontended",
        ])
        #expect(run.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let cases = try #require(object["cases"] as? [[String: Any]])
        #expect(cases.count == 1)
        #expect(((cases[0]["spindle"] as? [String: Any])?["runs"] as? [Double])?.count == 2)
        #expect((object["machine"] as? [String: String])?["cores"] != nil)
    }

    @Test(
        "--compare python runs the CPython counterpart beside Spindle",
        .enabled(if: Toolchain.hasPython3, "python3 is not installed"))
    func comparePython() throws {
        let run = try bench([
            "--quick", "--scale", "0.01", "--runs", "1", "--tsv",
            "--case", "lock_uncontended", "--case", "fork_exit_wait", "--compare", "python",
        ])
        #expect(run.status == 0, "\(run.errors.suffix(500))")
        #expect(run.output.contains("ratio_python="))
    }

    @Test(
        "--compare c runs the C counterpart beside Spindle",
        .enabled(if: Toolchain.hasCCompiler, "no C compiler (cc) is installed"))
    func compareC() throws {
        let run = try bench([
            "--quick", "--scale", "0.01", "--runs", "1", "--tsv",
            "--case", "lock_uncontended", "--case", "fork_exit_wait", "--compare", "c",
        ])
        #expect(run.status == 0, "\(run.errors.suffix(500))")
        #expect(run.output.contains("ratio_c="))
    }

    @Test("bad options are one line that says what is allowed")
    func badOptions() throws {
        let run = try bench(["--runs", "0"])
        #expect(run.status != 0)
        #expect(run.errors.contains("--runs must be between 1 and 50"))
        let none = try bench(["--case", "nosuchcase"])
        #expect(none.errors.contains("no case matches nosuchcase"))
    }
}
