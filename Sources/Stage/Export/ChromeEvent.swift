/// One entry of the Trace Event Format's `traceEvents` array, before rendering.
struct ChromeEvent: Sendable {
    /// The `ph` field; only the phases Spindle needs.
    enum Phase: String, Sendable {
        /// A slice with a start and a duration.
        case complete = "X"
        /// A point in time; always thread-scoped here, so it is drawn on its actor's track.
        case instant = "i"
        /// Names and orders processes and threads.
        case metadata = "M"
    }

    var name: String
    var category: String?
    var phase: Phase
    /// Nanoseconds since the trace's first event.
    var time: UInt64
    /// Nanoseconds; only for ``Phase/complete``.
    var duration: UInt64?
    var track: ChromeTracks.Track
    var args: [(key: String, value: JSONValue)] = []

    /// The format counts in microseconds; three decimals keep nanosecond
    /// precision, which lock hand-offs need.
    static func microseconds(_ nanoseconds: UInt64) -> JSONValue {
        .fixed(units: nanoseconds, places: 3)
    }

    var json: JSONValue {
        var members: [(key: String, value: JSONValue)] = [("name", .string(name))]
        if let category {
            members.append(("cat", .string(category)))
        }
        members.append(("ph", .string(phase.rawValue)))
        members.append(("ts", ChromeEvent.microseconds(time)))
        if let duration {
            members.append(("dur", ChromeEvent.microseconds(duration)))
        }
        if phase == .instant {
            members.append(("s", .string("t")))
        }
        members.append(("pid", .integer(track.pid)))
        members.append(("tid", .integer(track.tid)))
        if !args.isEmpty {
            members.append(("args", .object(args)))
        }
        return .object(members)
    }
}
