import Foundation
import Testing
import TestSupport

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
        let names = listed.output.split(separator: "\n").compactMap { $0.split(separator: "\t").first.map(String.init) }
        #expect(names.count >= 30)
        let run = try bench(["--quick", "--scale", "0.01", "--runs", "1", "--tsv"])
        #expect(run.status == 0, "\(run.errors.suffix(500))")
        let lines = run.output.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(lines.map { String($0[0]) } == names)
        for line in lines {
            #expect(line.count == 3)
            #expect((Double(line[1]) ?? 0) > 0, "\(line[0]) reported \(line[1])")
        }
    }

    @Test("--json is one object with the machine and every case's runs")
    func json() throws {
        let run = try bench(["--quick", "--scale", "0.01", "--runs", "2", "--json", "--case", "rlock_uncontended"])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let cases = try #require(object["cases"] as? [[String: Any]])
        #expect(cases.count == 1)
        #expect(((cases[0]["spindle"] as? [String: Any])?["runs"] as? [Double])?.count == 2)
        #expect((object["machine"] as? [String: String])?["cores"] != nil)
    }

    @Test("--compare runs the CPython and C counterparts beside Spindle, when they are installed")
    func compare() throws {
        let python = try ChildProcess.run(["sh", "-c", "command -v python3"], environment: ProcessInfo.processInfo.environment)
        let compiler = try ChildProcess.run(["sh", "-c", "command -v cc"], environment: ProcessInfo.processInfo.environment)
        var arguments = ["--quick", "--scale", "0.01", "--runs", "1", "--tsv", "--case", "lock_uncontended", "--case", "fork_exit_wait"]
        if python.status == 0 { arguments += ["--compare", "python"] }
        if compiler.status == 0 { arguments += ["--compare", "c"] }
        let run = try bench(arguments)
        #expect(run.status == 0, "\(run.errors.suffix(500))")
        if python.status == 0 { #expect(run.output.contains("ratio_python=")) }
        if compiler.status == 0 { #expect(run.output.contains("ratio_c=")) }
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
