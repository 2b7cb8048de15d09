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
            String(decoding: try encoder.encode(Header(format: formatName, version: version, run: $0)), as: UTF8.self)
        }
        var text = (runHeader ?? header) + "\n"
        for event in events {
            text += String(decoding: try encoder.encode(event), as: UTF8.self)
            text += "\n"
        }
        return text
    }

    /// Parses a whole trace. Blank lines are skipped; `\r\n` line endings are accepted.
    public static func decode(_ text: String) throws(JSONLinesError) -> [TraceEvent] {
        try decodeRun(text).events
    }

    /// Parses a whole trace with what its header says it recorded.
    public static func decodeRun(_ text: String) throws(JSONLinesError) -> (run: TraceRun?, events: [TraceEvent]) {
        let decoder = JSONDecoder()
        var events: [TraceEvent] = []
        var run: TraceRun?
        var sawHeader = false
        for (offset, rawLine) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let lineNumber = offset + 1
            let bytes = rawLine.last == UInt8(ascii: "\r") ? rawLine.dropLast() : rawLine[...]
            if bytes.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
                continue
            }
            let data = Data(bytes)
            if sawHeader {
                events.append(try decodeEvent(data, line: lineNumber, with: decoder))
            } else {
                run = try checkHeader(data, line: lineNumber, with: decoder)
                sawHeader = true
            }
        }
        guard sawHeader else {
            throw JSONLinesError(line: 1, reason: "empty input, expected the header \(header)")
        }
        return (run, events)
    }

    private static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Checks the format and version; returns the run the header describes, if any.
    private static func checkHeader(_ data: Data, line: Int, with decoder: JSONDecoder) throws(JSONLinesError) -> TraceRun? {
        guard let found = try? decoder.decode(Header.self, from: data), found.format == formatName else {
            throw JSONLinesError(line: line, reason: "expected the header \(header)")
        }
        guard found.version == version else {
            throw JSONLinesError(line: line, reason: "unsupported version \(found.version) (this reader understands \(version))")
        }
        return found.run
    }

    private static func decodeEvent(_ data: Data, line: Int, with decoder: JSONDecoder) throws(JSONLinesError) -> TraceEvent {
        do {
            return try decoder.decode(TraceEvent.self, from: data)
        } catch let error as DecodingError {
            throw JSONLinesError(line: line, reason: reason(for: error))
        } catch {
            throw JSONLinesError(line: line, reason: "\(error)")
        }
    }

    /// Rephrases Foundation's errors in terms of the file's field paths (`kind.state.type`).
    private static func reason(for error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map(\.stringValue).joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "missing field \"\(path(context.codingPath + [key]))\""
        case .valueNotFound(_, let context):
            return "field \"\(path(context.codingPath))\" is null"
        case .typeMismatch(let type, let context):
            return "field \"\(path(context.codingPath))\" is not a valid \(type)"
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return "not a valid JSON object"
        case .dataCorrupted(let context):
            return "field \"\(path(context.codingPath))\": \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
