/// What `spindle trace` was asked to run, and how.
public struct ScriptInvocation: Sendable, Equatable {
    /// The most processes a traced program may run at once: the cap every demo has.
    public static let processLimit = 64
    /// The time limit when none is given, in seconds.
    public static let defaultTimeLimit = 60.0
    /// The time limits one may give, in seconds.
    public static let timeLimits = 0.5...3_600.0

    /// The script's path as given.
    public var script: String
    /// Its own arguments.
    public var arguments: [String]
    /// The interpreter, looked up on PATH unless it contains a slash.
    public var python: String
    /// Seconds after which the program is stopped.
    public var timeLimit: Double
    /// Whether a deadlock leaves the program running (to be watched) instead of ending it.
    public var keepRunning: Bool

    public init(
        script: String, arguments: [String] = [], python: String = "python3",
        timeLimit: Double = ScriptInvocation.defaultTimeLimit, keepRunning: Bool = false
    ) {
        self.script = script
        self.arguments = arguments
        self.python = python
        self.timeLimit = timeLimit
        self.keepRunning = keepRunning
    }

    /// The script's file name, the title of its root process.
    public var scriptName: String {
        script.split(separator: "/").last.map(String.init) ?? script
    }

    /// The run as a title: the script and its arguments.
    public var title: String {
        (["trace", script] + arguments).joined(separator: " ")
    }
}
