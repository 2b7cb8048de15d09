import Foundation
import Trace

/// Exports a trace in the Trace Event Format, the JSON that Perfetto
/// (ui.perfetto.dev) and `chrome://tracing` open, so a run can be explored with
/// a real profiler's zooming and selection.
///
/// Processes become processes and every actor a thread track inside its
/// process. Each state interval is a slice named in words (`blocked on lock#1`);
/// operations, results and notes are instants on the reporting actor's track.
/// Times are microseconds since the trace's earliest event, with nanosecond decimals.
public enum ChromeTrace {
    /// The whole file: `traceEvents`, `displayTimeUnit` and `otherData` with the
    /// title and the demo's results. The same trace always yields the same bytes.
    public static func encode(_ events: [TraceEvent], title: String) -> Data {
        Data(text(events, title: title).utf8)
    }

    /// ``encode(_:title:)`` as a string, for callers that print or compare it.
    public static func text(_ events: [TraceEvent], title: String) -> String {
        var builder = ChromeTraceBuilder(events)
        for event in events {
            builder.add(event)
        }
        let entries = builder.tracks.metadata(title: title).map(\.json.text) + builder.finish()
        let otherData = JSONValue.object([
            ("title", .string(title)),
            ("generator", .string("spindle")),
            ("results", .object(builder.results)),
        ])
        // One event per line keeps large traces greppable and diffable. Written into one
        // string as they come, rather than joined from a string per event, to keep memory flat.
        var output = "{\"traceEvents\":[\n"
        for (index, entry) in entries.enumerated() {
            if index > 0 { output += ",\n" }
            output += entry
        }
        output += "\n],\n\"displayTimeUnit\":\"ms\",\n\"otherData\":"
        otherData.write(to: &output)
        return output + "}\n"
    }
}
