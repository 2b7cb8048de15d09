import Foundation

/// Reads and writes traces as JSON Lines: a header object, then one compact
/// event object per line.
///
/// One event per line lets a trace be streamed, appended to, diffed and grepped;
/// sorted keys make the output byte-for-byte reproducible.
public enum JSONLines {
    /// The format name in the header line.
    public static let formatName = "spindle-trace"
    /// The only version this code writes and reads.
    public static let version = 1

    private struct Header: Codable {
        var format: String
        var version: Int
        /// What the trace recorded; absent in traces written without a demo.
        var run: TraceRun?
    }

    /// The first line of every file, without its newline.
    public static let header = #"{"format":"\#(formatName)","version":\#(version)}"#

    /// One event as a single line of compact JSON, without its newline.
    public static func line(for event: TraceEvent) throws -> String {
        String(decoding: try makeEncoder().encode(event), as: UTF8.self)
    }

    /// A whole trace: the header (with `run`, when given) and one line per event, each ending in
    /// a newline.
    public static func encode(_ events: some Sequence<TraceEvent>, run: TraceRun? = nil) throws -> String {
        let encoder = makeEncoder()
        let runHeader = try run.map {
            String(
                decoding: try encoder.encode(Header(format: formatName, version: version, run: $0)),
                as: UTF8.self)
        }
        var text = (runHeader ?? header) + "\n"
        for event in events {
            text += String(decoding: try encoder.encode(event), as: UTF8.self)
            text += "\n"
        }
        return text
    }

    /// Parses and checks a whole trace. Blank lines are skipped; `\r\n` line endings are accepted.
    ///
    /// Besides the syntax, every event is checked against ``TraceLimits`` and against the
    /// declarations above it (see ``TraceValidator``), so whatever a file holds, the caller gets
    /// events every reader can draw and export, or one error naming the first bad line.
    public static func decode(_ text: String) throws(JSONLinesError) -> [TraceEvent] {
        try decodeRun(Data(text.utf8)).events
    }

    /// ``decode(_:)-(String)`` for the bytes of a file, which need not be valid UTF-8
    /// outside the lines that are read.
    public static func decode(_ bytes: Data) throws(JSONLinesError) -> [TraceEvent] {
        try decodeRun(bytes).events
    }

    /// Parses and checks a whole trace, with what its header says it recorded.
    public static func decodeRun(_ text: String) throws(JSONLinesError) -> (
        run: TraceRun?, events: [TraceEvent]
    ) {
        try decodeRun(Data(text.utf8))
    }

    /// ``decodeRun(_:)-(String)`` for the bytes of a file.
    public static func decodeRun(_ bytes: Data) throws(JSONLinesError) -> (
        run: TraceRun?, events: [TraceEvent]
    ) {
        try decodeRun(bytes, maximumEvents: TraceLimits.maximumEvents)
    }

    /// ``decodeRun(_:)-(Data)`` with another bound on events, so the bound can be tested without a million lines.
    static func decodeRun(
        _ bytes: Data, maximumEvents: Int
    ) throws(JSONLinesError) -> (run: TraceRun?, events: [TraceEvent]) {
        let decoder = JSONDecoder()
        var validator = TraceValidator()
        var events: [TraceEvent] = []
        var run: TraceRun?
        var sawHeader = false
        var lineNumber = 0
        var start = bytes.startIndex
        while start < bytes.endIndex {
            lineNumber += 1
            let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            var end = newline
            if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            // A slice shares the file's storage: no line is copied before it is parsed.
            let line = bytes[start..<end]
            start = newline + 1
            guard line.count <= TraceLimits.maximumLineBytes else {
                throw .text(
                    "trace.file.line-too-long",
                    ["bytes": "\(line.count)", "limit": "\(TraceLimits.maximumLineBytes)"], line: lineNumber)
            }
            if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
                continue
            }
            guard sawHeader else {
                run = try checkHeader(line, line: lineNumber, with: decoder)
                sawHeader = true
                continue
            }
            guard events.count < maximumEvents else {
                throw .text("trace.file.too-many-events", ["count": "\(maximumEvents)"], line: lineNumber)
            }
            let event = try decodeEvent(line, line: lineNumber, with: decoder)
            if let problem = validator.reason(against: event) {
                throw .text(problem.key, problem.arguments, line: lineNumber)
            }
            events.append(event)
        }
        guard sawHeader else {
            throw .text("trace.file.empty", ["header": header], line: 1)
        }
        return (run, events)
    }

    private static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Checks the format and version; returns the run the header describes, if any.
    private static func checkHeader(_ data: Data, line: Int, with decoder: JSONDecoder) throws(JSONLinesError)
        -> TraceRun?
    {
        guard let found = try? decoder.decode(Header.self, from: data), found.format == formatName else {
            throw .text("trace.file.no-header", ["header": header], line: line)
        }
        guard found.version == version else {
            throw .text(
                "trace.file.unsupported-version", ["found": "\(found.version)", "version": "\(version)"],
                line: line)
        }
        return found.run
    }

    private static func decodeEvent(_ data: Data, line: Int, with decoder: JSONDecoder) throws(JSONLinesError)
        -> TraceEvent
    {
        do {
            return try decoder.decode(TraceEvent.self, from: data)
        } catch let error as DecodingError {
            throw reason(for: error, line: line)
        } catch {
            throw JSONLinesError(line: line, reason: "\(error)")
        }
    }

    /// Rephrases Foundation's errors in terms of the file's field paths (`kind.state.type`).
    private static func reason(for error: DecodingError, line: Int) -> JSONLinesError {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map(\.stringValue).joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return .text("trace.file.missing-field", ["field": path(context.codingPath + [key])], line: line)
        case .valueNotFound(_, let context):
            return .text("trace.file.null-field", ["field": path(context.codingPath)], line: line)
        case .typeMismatch(let type, let context):
            return .text(
                "trace.file.wrong-type", ["field": path(context.codingPath), "type": "\(type)"], line: line)
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            // Foundation reports a number its field cannot hold (-5 for a time) as invalid JSON too.
            return .text("trace.file.not-an-object", line: line)
        case .dataCorrupted(let context):
            // Foundation's own words follow the field; they are English in every language.
            return .text(
                "trace.file.bad-field",
                ["field": path(context.codingPath), "detail": context.debugDescription],
                line: line)
        @unknown default:
            return JSONLinesError(line: line, reason: "\(error)")
        }
    }
}
