import Foundation

/// The same case list written for another runtime (CPython, or C with pthreads), run as a child
/// process: `COMMAND --case NAME --work N` prints the figure on its last line (a round-trip case
/// prints a ``Latency/line`` before it), `COMMAND --list` the case names.
struct Counterpart: Sendable {
    /// The column header: `CPython 3.11.7`, `C (cc -O2)`.
    let label: String
    /// The short name used on the command line and in JSON: `python`, `c`.
    let key: String
    private let command: [String]
    /// The cases it implements.
    let cases: Set<String>

    /// Asks `command` which cases it has; fails with a line that says what to install or fix.
    init(key: String, label: String, command: [String]) throws {
        self.key = key
        self.label = label
        self.command = command
        let listing = try ChildCommand.run(command + ["--list"], timeout: 60)
        cases = Set(listing.split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) })
    }

    /// Runs `name` with `work` units and returns its figure and latencies.
    func measure(_ name: String, work: Int) throws -> CaseRun {
        let output = try ChildCommand.run(command + ["--case", name, "--work", String(work)], timeout: 600)
        guard let run = CaseRun(counterpartOutput: output) else {
            throw BenchFailure("\(label) printed no figure for \(name): \(output.suffix(200))")
        }
        return run
    }
}

/// A failure that stops the benchmark with one line.
struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
