#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CTerminal
import Foundation
import Stage
import Trace

/// Runs the live stage for the command line and acts on how it ended.
enum StageShowing {
    /// Shows `source`; on SIGTERM, SIGHUP or Ctrl-\, runs `beforeDying` (which stops a running demo) and
    /// dies of that signal once the terminal is restored, as a well-behaved terminal program does.
    @discardableResult
    static func run(
        _ source: TraceSource, title: String, live: Bool, speed: Double, color: Bool, recordTo path: OutputPath?,
        startPaused: Bool = false, emphasis: [TraceView] = [], leaving: PlayerExit = .program,
        beforeDying: () -> Void = {}
    ) throws -> PlayerOutcome {
        var size = (width: 80, height: 24)
        var columns: Int32 = 0
        var rows: Int32 = 0
        if cterm_window_size(STDOUT_FILENO, &columns, &rows) == 0 { size = (Int(columns), Int(rows)) }
        var recording = path.map { _ in
            AsciicastRecorder(width: size.width, height: size.height, title: title, startTime: MonotonicClock.now())
        }
        let outcome = try LivePlayer.play(
            source,
            options: PlayerOptions(title: title, live: live, speed: speed, color: color, startPaused: startPaused,
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
    /// The events of a JSON Lines trace file, and the run its header describes.
    static func load(_ path: String) throws -> (run: TraceRun?, events: [TraceEvent]) {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw CommandFailure("cannot read \(path): \(error.localizedDescription)")
        }
        do {
            return try JSONLines.decodeRun(text)
        } catch {
            throw CommandFailure("\(path): \(error)")
        }
    }
}
