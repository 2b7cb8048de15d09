import Foundation

/// Records what the live player writes to the terminal as an asciicast v2 file,
/// which `asciinema play` and the asciinema web player replay.
///
/// Feed it every frame (escape sequences included) with the monotonic time it
/// was written; the file stores times relative to ``startTime``. See
/// https://docs.asciinema.org/manual/asciicast/v2/.
public struct AsciicastRecorder: Sendable {
    /// The terminal's columns when recording started.
    public let width: Int
    /// The terminal's rows when recording started.
    public let height: Int
    /// Shown by players above the recording.
    public let title: String
    /// ``MonotonicClock`` nanoseconds that correspond to time 0 in the file.
    public let startTime: UInt64
    /// The wall-clock moment of ``startTime``, for the header's `timestamp`.
    public let startDate: Date
    /// The header's `env`, typically `TERM` and `SHELL`.
    public let environment: [String: String]

    private var events: [String] = []
    /// Microseconds since start of the last event; later events never go below it
    /// because players require non-decreasing times.
    private var lastOffset: UInt64 = 0

    /// Starts an empty recording. `environment` defaults to this process's `TERM`
    /// and `SHELL`, the variables players use to pick a matching terminal.
    public init(
        width: Int, height: Int, title: String, startTime: UInt64,
        startDate: Date = Date(), environment: [String: String] = AsciicastRecorder.currentEnvironment
    ) {
        self.width = width
        self.height = height
        self.title = title
        self.startTime = startTime
        self.startDate = startDate
        self.environment = environment
    }

    /// `TERM` and `SHELL` of the running process, whichever are set.
    public static var currentEnvironment: [String: String] {
        ProcessInfo.processInfo.environment.filter { $0.key == "TERM" || $0.key == "SHELL" }
    }

    /// Appends terminal output written at `time`. Empty output is dropped, since
    /// it would only add a line that replays as nothing.
    public mutating func record(output: String, at time: UInt64) {
        guard !output.isEmpty else { return }
        append("o", output, at: time)
    }

    /// Appends a change of terminal size at `time`.
    public mutating func resize(width: Int, height: Int, at time: UInt64) {
        append("r", "\(width)x\(height)", at: time)
    }

    /// How many output and resize events are recorded.
    public var eventCount: Int { events.count }

    /// The whole file: the header line, then one event array per line, each line
    /// ending in a newline.
    public var contents: String {
        var text = header.text + "\n"
        for event in events {
            text += event + "\n"
        }
        return text
    }

    private var header: JSONValue {
        .object([
            ("version", .integer(2)),
            ("width", .integer(Int64(width))),
            ("height", .integer(Int64(height))),
            ("timestamp", .integer(Int64(startDate.timeIntervalSince1970.rounded(.down)))),
            ("title", .string(title)),
            ("env", .object(environment.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
        ])
    }

    private mutating func append(_ code: String, _ data: String, at time: UInt64) {
        let nanoseconds = time > startTime ? time - startTime : 0
        lastOffset = max(lastOffset, nanoseconds / 1000)
        events.append(
            JSONValue.array([.fixed(units: lastOffset, places: 6), .string(code), .string(data)]).text)
    }
}
