import Foundation
import Messages
import Stage
import Trace

#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing the files a run, a replay or `save` was asked for, all through ``OutputFile``, each
/// success told in one line that says where the output went.
extension TraceFiles {
    /// Checks the files named on the command line before the demo or the replay starts, so a
    /// mistyped folder or a file that would be replaced is reported before the work, not after.
    /// `options` pairs each option's name with its value when given.
    static func checkOutputs(_ options: [(name: String, path: String?)], force: Bool) throws {
        var seen: [String: String] = [:]
        for case (let name, let path?) in options {
            if let earlier = seen[path] {
                throw CommandFailure(
                    Messages.text(
                        "cli.file.same-file",
                        ["earlier": earlier, "later": name, "path": OutputFileError.display(path)]))
            }
            seen[path] = name
            do {
                try OutputFile.check(OutputPath(path, mayReplace: force))
            } catch {
                throw CommandFailure(
                    Messages.text("cli.file.option-error", ["option": name, "error": "\(error)"]))
            }
        }
    }

    /// Writes the trace as JSON Lines, for `replay`, with the run (demo, parameters, views) in
    /// its header; returns the line saying where it went and whether it went to a file (which
    /// `replay` can play) or through a device or pipe.
    static func writeTrace(
        _ events: [TraceEvent], run: TraceRun, to output: OutputPath
    ) throws(OutputFileError) -> (line: String, kind: OutputReceipt.Kind) {
        let text: String
        do {
            text = try JSONLines.encode(events, run: run)
        } catch {
            throw .cannotWrite(
                path: output.path, reason: Messages.text("cli.file.cannot-encode", ["error": "\(error)"]))
        }
        let receipt = try OutputFile.write(Data(text.utf8), to: output)
        return (savedLine("trace", receipt, amount: amount(events.count, "events")), receipt.kind)
    }

    /// Writes what `--trace` and `--chrome-trace` asked for after a run, each success or failure
    /// in one line on standard error: a failure does not keep the results from being shown.
    /// Whether every file was written.
    static func saveRequested(
        _ events: [TraceEvent], run: TraceRun, title: String, trace: String?, chromeTrace: String?,
        force: Bool
    ) -> Bool {
        var succeeded = true
        func attempt(_ option: String, _ write: () throws(OutputFileError) -> String) {
            do {
                report(try write())
            } catch {
                report(Messages.text("cli.file.error", ["option": option, "error": "\(error)"]))
                succeeded = false
            }
        }
        if let trace {
            attempt("--trace") { () throws(OutputFileError) in
                try writeTrace(events, run: run, to: OutputPath(trace, mayReplace: force)).line
            }
        }
        if let chromeTrace {
            attempt("--chrome-trace") { () throws(OutputFileError) in
                try writeChromeTrace(events, title: title, to: OutputPath(chromeTrace, mayReplace: force))
            }
        }
        return succeeded
    }

    /// Writes the trace for Perfetto or chrome://tracing; returns the line saying where it went.
    static func writeChromeTrace(
        _ events: [TraceEvent], title: String, to output: OutputPath
    ) throws(OutputFileError) -> String {
        let receipt = try OutputFile.write(ChromeTrace.encode(events, title: title), to: output)
        return savedLine("chrome-trace", receipt, amount: amount(events.count, "events"))
    }

    /// Writes an asciicast recording and says where on standard error, after the stage is gone.
    static func writeRecording(_ recorder: AsciicastRecorder, to output: OutputPath) throws {
        do {
            let receipt = try OutputFile.write(Data(recorder.contents.utf8), to: output)
            report(savedLine("recording", receipt, amount: amount(recorder.eventCount, "screen-updates")))
        } catch {
            throw CommandFailure(
                Messages.text("cli.file.option-error", ["option": "--record", "error": "\(error)"]))
        }
    }

    /// A line for standard error, which keeps standard output for the results (and `--json`).
    static func report(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// `Trace saved to run.jsonl (120 events).`, saying so when a file was replaced; `file` is
    /// the middle of the message keys (`trace`, `chrome-trace`, `recording`).
    private static func savedLine(_ file: String, _ receipt: OutputReceipt, amount: String) -> String {
        let arguments: KeyValuePairs<String, String> = [
            "path": OutputFileError.display(receipt.path), "amount": amount,
        ]
        switch receipt.kind {
        case .created: return Messages.text("cli.saved.\(file).created", arguments)
        case .replaced: return Messages.text("cli.saved.\(file).replaced", arguments)
        case .wroteThrough: return Messages.text("cli.saved.\(file).written-through", arguments)
        }
    }

    /// `1 event`, `120 events`: `noun` is the plural of the message keys' middle.
    private static func amount(_ count: Int, _ noun: String) -> String {
        Messages.text("cli.amount.\(noun).\(count == 1 ? "one" : "other")", ["count": "\(count)"])
    }
}
