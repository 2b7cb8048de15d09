import Demos
import Foundation
import Lab
import Messages
import TextRendering

/// `explore --python`: the same file run under the machine's python3 many times, and how often
/// each outcome came up, beside the explorer's outcomes: which interleavings real CPython
/// actually produces, and how rarely.
struct PythonOutcomes {
    static let defaultRuns = 200
    static let maximumRuns = 10_000
    /// Seconds one run may take before it counts as not ending (a deadlock, most likely).
    static let runTimeLimit = 5.0

    /// One outcome CPython produced: what it printed, its uncaught exceptions as `Type: message`
    /// lines, sorted, whether it ended within the time limit, and how many runs did so.
    struct Entry: Decodable, Equatable {
        var stdout: String
        var errors: String
        var ended: Bool
        var runs: Int

        /// The same outcome in the explorer's terms, for matching: printed lines, exceptions
        /// in sorted order, and a run that never ended read as a deadlock.
        var key: OutcomeKey {
            OutcomeKey(stdout: stdout, errors: errors, deadlocked: !ended)
        }

        func description(in language: Language) -> String {
            var parts: [String] = []
            let lines = stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast(
                stdout.hasSuffix("\n") ? 1 : 0)
            if !stdout.isEmpty {
                let quoted = lines.map { "\"\($0)\"" }.joined(separator: " ")
                parts.append(Messages.text("cli.python.outcome.printed", ["lines": quoted], in: language))
            }
            if !errors.isEmpty { parts += errors.split(separator: "\n").map(String.init) }
            if !ended {
                parts.append(
                    Messages.text(
                        "cli.python.outcome.did-not-end", ["seconds": "\(Int(PythonOutcomes.runTimeLimit))"],
                        in: language))
            }
            return parts.isEmpty
                ? Messages.text("cli.python.outcome.printed-nothing", in: language)
                : parts.joined(separator: Messages.text("cli.python.outcome.separator", in: language))
        }
    }

    /// What an explorer outcome and a CPython run are compared on.
    struct OutcomeKey: Hashable {
        var stdout: String
        var errors: String
        var deadlocked: Bool

        init(stdout: String, errors: String, deadlocked: Bool) {
            self.stdout = stdout
            self.errors = errors
            self.deadlocked = deadlocked
        }

        init(_ outcome: LabOutcome) {
            stdout = outcome.output.isEmpty ? "" : outcome.output.joined(separator: "\n") + "\n"
            errors = outcome.exceptions.sorted().joined(separator: "\n")
            deadlocked = outcome.ending == .deadlock
        }
    }

    enum Result: Equatable {
        case outcomes(version: String, [Entry])
        case missing
        case failed(String)
    }

    let file: String
    let runs: Int
    let result: Result

    /// The runs happen in one python3 process that starts each run as a fresh interpreter, so
    /// Spindle spawns one child and every run still starts from nothing. `-S` skips the site
    /// module, which a lab program does not use, and makes a run several times quicker to start.
    private static let harness = """
        import concurrent.futures, json, os, subprocess, sys

        path, runs, limit = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])


        def text(output):
            return output.decode() if isinstance(output, bytes) else (output or "")


        def run_once(_):
            try:
                done = subprocess.run([sys.executable, "-S", path], capture_output=True,
                                      text=True, timeout=limit)
            except subprocess.TimeoutExpired as late:
                stdout, stderr, ended = text(late.stdout), text(late.stderr), False
            else:
                stdout, stderr, ended = done.stdout, done.stderr, True
            errors = [line for line in stderr.splitlines()
                      if line and not line[0].isspace()
                      and not line.startswith(("Traceback", "Exception in thread",
                                               "During handling", "The above"))]
            return (stdout, "\\n".join(sorted(errors)), ended)


        counts = {}
        with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 1) as pool:
            for key in pool.map(run_once, range(runs)):
                counts[key] = counts.get(key, 0) + 1
        print(json.dumps({"version": sys.version.split()[0],
                          "outcomes": [{"stdout": k[0], "errors": k[1], "ended": k[2],
                                        "runs": n} for k, n in counts.items()]}))

        """

    private struct HarnessReport: Decodable {
        var version: String
        var outcomes: [Entry]
    }

    /// Runs `file` `runs` times; never leaves a python3 running (each run has a time limit,
    /// and the whole harness one more).
    static func run(file: String, runs: Int) -> PythonOutcomes {
        let path = URL(fileURLWithPath: file).path
        let limit = Double(runs) * runTimeLimit + 30
        let result: Result
        switch CPythonRun.run(
            source: harness, arguments: [path, String(runs), String(runTimeLimit)], timeout: limit)
        {
        case .missing: result = .missing
        case .failed(let why): result = .failed(why)
        case .timedOut: result = .failed(Messages.text("cli.python.too-slow", ["seconds": "\(Int(limit))"]))
        case .finished(_, let lines):
            if let line = lines.last,
                let report = try? JSONDecoder().decode(HarnessReport.self, from: Data(line.utf8))
            {
                result = .outcomes(version: report.version, report.outcomes.sorted { $0.runs > $1.runs })
            } else {
                let line = lines.last ?? Messages.text("cli.python.no-output-line")
                result = .failed(Messages.text("cli.python.no-report", ["line": line]))
            }
        }
        return PythonOutcomes(file: file, runs: runs, result: result)
    }
}

extension PythonOutcomes {
    /// CPython's outcomes, most frequent first, each with the number of the explorer's outcome
    /// it matches; then the explorer's outcomes CPython never produced in these runs.
    func comparison(with report: ExplorationReport, in language: Language = CurrentLanguage.value) -> String {
        let name = URL(fileURLWithPath: file).lastPathComponent
        switch result {
        case .missing:
            return Messages.text("cli.python.missing", in: language) + "\n"
        case .failed(let why):
            return Messages.text("cli.python.failed", ["file": name, "reason": why], in: language) + "\n"
        case .outcomes(let version, let entries):
            var numbers: [OutcomeKey: Int] = [:]
            for (index, summary) in report.outcomes.enumerated()
            where numbers[OutcomeKey(summary.outcome)] == nil {
                numbers[OutcomeKey(summary.outcome)] = index + 1
            }
            var lines = [
                Messages.text(
                    runs == 1 ? "cli.python.heading.one" : "cli.python.heading.other",
                    [
                        "version": version, "runs": "\(runs)", "file": name,
                        "seconds": "\(Int(Self.runTimeLimit))",
                    ],
                    in: language)
            ]
            var seen: Set<Int> = []
            for entry in entries {
                let count = DisplayWidth.pad(String(entry.runs), toWidth: 6, alignment: .right)
                if let match = numbers[entry.key] {
                    seen.insert(match)
                    lines.append(
                        Messages.text(
                            "cli.python.row.matched",
                            [
                                "count": count, "outcome": entry.description(in: language),
                                "number": "\(match)",
                            ], in: language))
                } else {
                    lines.append(
                        Messages.text(
                            "cli.python.row.unmatched",
                            ["count": count, "outcome": entry.description(in: language)], in: language))
                }
            }
            let unseen = report.outcomes.indices.map { $0 + 1 }.filter { !seen.contains($0) }
            if !unseen.isEmpty {
                let numbers = unseen.map(String.init).joined(
                    separator: Messages.text("cli.python.outcome.number-separator", in: language))
                lines.append(
                    Messages.text(
                        unseen.count == 1 ? "cli.python.never.one" : "cli.python.never.other",
                        ["numbers": numbers], in: language))
            }
            // Wrapped at 80 columns like the explorer's report; a row wraps under its description.
            return MessageWrapper.wrap(lines.joined(separator: "\n"), width: 80) + "\n"
        }
    }
}
