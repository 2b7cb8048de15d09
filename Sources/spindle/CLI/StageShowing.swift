import Foundation
import Messages
import Stage
import Terminal
import TextRendering
import Trace

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the live stage for the command line and acts on how it ended.
enum StageShowing {
    /// Shows `source`; on SIGTERM, SIGHUP or Ctrl-\, runs `beforeDying` (which stops a running demo) and
    /// dies of that signal once the terminal is restored, as a well-behaved terminal program does.
    @discardableResult
    static func run(
        _ source: TraceSource, title: String, live: Bool, speed: Double, color: Bool,
        recordTo path: OutputPath?,
        startPaused: Bool = false, emphasis: [TraceView] = [], leaving: PlayerExit = .program,
        beforeDying: () -> Void = {}
    ) throws -> PlayerOutcome {
        var size = (width: 80, height: 24)
        if let current = TerminalSize.of(STDOUT_FILENO) { size = (current.columns, current.rows) }
        var recording = path.map { _ in
            AsciicastRecorder(
                width: size.width, height: size.height, title: title, startTime: MonotonicClock.now())
        }
        let outcome = try LivePlayer.play(
            source,
            options: PlayerOptions(
                title: title, live: live, speed: speed, color: color, startPaused: startPaused,
                emphasis: emphasis, leaving: leaving),
            recording: &recording)
        if let recording, let path { try TraceFiles.writeRecording(recording, to: path) }
        if case .terminated(let signal) = outcome {
            beforeDying()
            Termination.die(by: signal)
        }
        return outcome
    }
}

/// Reading and writing the files a showing uses, with errors that name the file.
enum TraceFiles {
    /// The events of a JSON Lines trace file and the run its header describes, checked as
    /// `JSONLines.decode` checks them; errors are one line, `FILE:LINE: reason`, with the file's
    /// name and contents made safe to print.
    static func load(_ path: String) throws -> (run: TraceRun?, events: [TraceEvent]) {
        let shownPath = TerminalText.sanitize(path)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw CommandFailure(Messages.text("cli.file.trace-is-folder", ["path": shownPath]))
        }
        guard let file = FileHandle(forReadingAtPath: path) else {
            throw CommandFailure(
                Messages.text(
                    "cli.file.cannot-read", ["path": shownPath, "reason": String(cString: strerror(errno))]))
        }
        defer { try? file.close() }
        let bytes: Data
        do {
            // Bounded, so that a huge file or an endless device fails fast instead of filling memory.
            bytes = try file.read(upToCount: TraceLimits.maximumFileBytes + 1) ?? Data()
        } catch {
            throw CommandFailure(
                Messages.text(
                    "cli.file.cannot-read", ["path": shownPath, "reason": error.localizedDescription]))
        }
        guard bytes.count <= TraceLimits.maximumFileBytes else {
            throw CommandFailure(
                Messages.text(
                    "cli.file.trace-too-large",
                    ["path": shownPath, "mebibytes": "\(TraceLimits.maximumFileBytes / 1_048_576)"]))
        }
        do {
            return try JSONLines.decodeRun(bytes)
        } catch {
            throw CommandFailure(
                "\(shownPath):\(error.line): \(TerminalText.sanitize(error.reason(in: CurrentLanguage.value)))"
            )
        }
    }
}
