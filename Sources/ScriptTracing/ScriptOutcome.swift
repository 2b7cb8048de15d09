import Trace

/// How a traced program's run ended, with what it printed.
public struct ScriptOutcome: Sendable, Equatable {
    /// Why the run is over.
    public enum Ending: Sendable, Equatable {
        /// The program's main process exited with this status (0 is success).
        case exited(Int32)
        /// The program's main process was killed by this signal, not by Spindle.
        case signalled(Int32)
        /// Its threads deadlocked; the sentence naming the cycle. Spindle stopped the program.
        case deadlocked(ScriptWords)
        /// Spindle stopped it, for this reason (Ctrl-C, the time limit, the process cap).
        case stopped(String)
        /// It could not run: the one-line reason (no python3, a syntax error, ...).
        case failed(String)
    }

    public var ending: Ending
    /// What the program wrote to standard output and standard error, in the order read.
    public var output: [OutputLine]
    /// Lines left out because the program printed more than Spindle keeps.
    public var droppedOutputLines: Int
    /// The Python version the probe reported.
    public var pythonVersion: String?
    /// How many probe lines did not follow the protocol (and were ignored).
    public var unreadableLines: Int
    /// What the probe could not trace (a primitive the program replaced), each said once.
    public var warnings: [String] = []
    /// The reason of a `.stopped` or `.failed` ending in every language, when the run worded it
    /// (the time limit, the process cap, a probe that could not start); `nil` for a reason given
    /// to ``ScriptRun/stop(because:)``, which its caller words, and for every other ending.
    public var reasonWords: ScriptWords? = nil
}

/// One line the program printed.
public struct OutputLine: Sendable, Equatable {
    /// Where it was printed.
    public enum Stream: String, Sendable {
        case stdout, stderr
    }

    public var stream: Stream
    public var text: String
    /// When Spindle read it (the monotonic clock the probe's events are stamped with), so
    /// plain narration can put it among the events that came before and after it.
    public var time: UInt64

    public init(stream: Stream, text: String, time: UInt64 = 0) {
        self.stream = stream
        self.text = text
        self.time = time
    }
}

extension ScriptOutcome.Ending {
    /// The exit status `spindle trace` ends with: 0 when the program succeeded, 3 for a
    /// deadlock, 130 when stopped with Ctrl-C, 1 otherwise.
    public var commandStatus: Int32 {
        switch self {
        case .exited(0): 0
        case .deadlocked: 3
        case .stopped(let reason) where reason.hasPrefix(ScriptRun.interruptReason): 130
        default: 1
        }
    }

    /// One line saying how the run ended.
    public var line: String {
        switch self {
        case .exited(0): "the program exited with status 0"
        case .exited(let code): "the program exited with status \(code)"
        case .signalled(let signal): "the program was killed by signal \(signal)"
        case .deadlocked(let words): words.english
        case .stopped(let reason): "stopped: \(reason)"
        case .failed(let reason): reason
        }
    }
}
