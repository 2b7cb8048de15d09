import Foundation
import Trace

/// Checks traces against docs/trace.schema.json, the published description of a trace line, so
/// that every trace the tests make also tests the schema (and the schema keeps up with the
/// encoder).
public enum TraceSchemaConformance {
    /// The schema's path in the repository.
    public static var schemaPath: String {
        Repository.root.appendingPathComponent("docs/trace.schema.json").path
    }

    /// The schema, read and checked once.
    public static let schema: Result<JSONSchemaCheck, SchemaUnavailable> = {
        do {
            return .success(
                try JSONSchemaCheck(schemaText: String(contentsOfFile: schemaPath, encoding: .utf8)))
        } catch {
            return .failure(SchemaUnavailable(reason: "cannot use \(schemaPath): \(error)"))
        }
    }()

    /// Why the schema could not be read or used.
    public struct SchemaUnavailable: Error, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }

    /// What is wrong with a trace file's text, one problem per string, each starting with its
    /// line number; empty when it conforms. Lines are split as the reader splits them (a
    /// trailing `\r` dropped, lines of only spaces and tabs skipped); the first remaining line
    /// must be a header and every other one an event, and every line must match the schema as a
    /// whole.
    public static func problems(in text: String) -> [String] {
        problems(in: Data(text.utf8))
    }

    /// ``problems(in:)-(String)`` for a file's bytes.
    public static func problems(in bytes: Data) -> [String] {
        let check: JSONSchemaCheck
        switch schema {
        case .success(let loaded): check = loaded
        case .failure(let error): return [error.reason]
        }
        var found: [String] = []
        var sawHeader = false
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for (index, rawLine) in lines.enumerated() {
            var line = rawLine
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) { continue }
            let number = index + 1
            let value: JSONValue
            do {
                value = try JSONValue.parse(Data(line))
            } catch {
                found.append("line \(number): \(error)")
                continue
            }
            let shape = sawHeader ? "#/$defs/event" : "#/$defs/header"
            let lineProblems = check.problems(value) + check.problems(value, against: shape)
            found += Set(lineProblems).sorted().map { "line \(number) (\(shape.dropFirst(8))): \($0)" }
            sawHeader = true
        }
        if !sawHeader {
            found.append("line 1: no header line")
        }
        return found
    }

    /// ``problems(in:)-(String)`` for the file at `path`, as a command wrote it.
    public static func problems(inFile path: String) -> [String] {
        do {
            return problems(in: try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            return ["cannot read \(path): \(error)"]
        }
    }

    /// Encodes `events` (with `run` in the header, when given) as ``JSONLines`` writes a trace
    /// file, and checks the result with ``problems(in:)-(String)``.
    public static func problems(events: [TraceEvent], run: TraceRun? = nil) -> [String] {
        do {
            return problems(in: try JSONLines.encode(events, run: run))
        } catch {
            return ["the events could not be encoded: \(error)"]
        }
    }
}
