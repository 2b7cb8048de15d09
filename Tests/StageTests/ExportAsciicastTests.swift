import Foundation
import Stage
import Testing

@Suite("Export asciicast")
struct ExportAsciicastTests {
    static let start: UInt64 = 7_000_000_000
    static let frame =
        "\u{1B}[2J\u{1B}[1;1H\u{1B}[1;31m工人-1\u{1B}[0m 🧵"
        + " \"quoted\" back\\slash\ttab\r\n\u{7}\u{7F}"

    static func recording() -> AsciicastRecorder {
        var recorder = AsciicastRecorder(
            width: 80, height: 24, title: "locks: 争用", startTime: start,
            startDate: Date(timeIntervalSince1970: 1_700_000_000.75),
            environment: ["TERM": "xterm-256color", "SHELL": "/bin/zsh"])
        recorder.record(output: "hello", at: start)
        recorder.record(output: frame, at: start + 500_000_000)
        recorder.resize(width: 100, height: 30, at: start + 1_250_000_001)
        recorder.record(output: "", at: start + 1_300_000_000)
        // A frame stamped before the start or out of order must not move time backwards.
        recorder.record(output: "late", at: start + 1_000_000_000)
        recorder.record(output: "early", at: start - 5)
        recorder.record(output: "end", at: start + 61_000_123_456)
        return recorder
    }

    static func lines() -> [String] {
        recording().contents.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func theHeaderIsAVersion2Object() throws {
        let header = try ExportJSON.object(try #require(Self.lines().first))
        #expect(ExportJSON.integer(header["version"]) == 2)
        #expect(ExportJSON.integer(header["width"]) == 80)
        #expect(ExportJSON.integer(header["height"]) == 24)
        #expect(ExportJSON.integer(header["timestamp"]) == 1_700_000_000)
        #expect(header["title"] as? String == "locks: 争用")
        #expect(header["env"] as? [String: String] == ["TERM": "xterm-256color", "SHELL": "/bin/zsh"])
    }

    @Test func everyFollowingLineIsATimedEvent() throws {
        let lines = Self.lines()
        #expect(lines.last == "", "the file must end in a newline")
        let events = lines.dropFirst().dropLast()
        #expect(events.count == 6)
        for line in events {
            let event = try ExportJSON.array(line)
            #expect(event.count == 3, "not a 3-element event: \(line)")
            #expect(ExportJSON.number(event.first) != nil, "time is not a number: \(line)")
            #expect(["o", "r"].contains(event[1] as? String), "unknown event code: \(line)")
            #expect(event[2] is String, "data is not a string: \(line)")
            #expect(line.wholeMatch(of: /\[\d+\.\d{6},.*/) != nil, "time without 6 decimals: \(line)")
        }
    }

    @Test func timesAreRelativeToTheStartAndNeverDecrease() throws {
        let times = try Self.lines().dropFirst().dropLast().map { try ExportJSON.array($0)[0] }
            .map { ExportJSON.number($0).map { Int64(($0 * 1_000_000).rounded()) } }
        #expect(times == [0, 500_000, 1_250_000, 1_250_000, 1_250_000, 61_000_123])
    }

    @Test func outputAndResizesKeepTheirData() throws {
        let events = try Self.lines().dropFirst().dropLast().map { try ExportJSON.array($0) }
        #expect(events.compactMap { $0[1] as? String } == ["o", "o", "r", "o", "o", "o"])
        #expect(
            events.compactMap { $0[2] as? String } == ["hello", Self.frame, "100x30", "late", "early", "end"])
    }

    @Test func escapesAreWrittenAsJSONUnicodeEscapes() throws {
        let line = Self.lines()[2]
        #expect(line.contains(#"\u001b[2J"#))
        #expect(!line.contains("\u{1B}"), "a raw ESC would make the file unreadable as text")
        #expect(line.contains("工人-1"))
    }

    @Test func theDefaultEnvironmentHoldsOnlyTerminalVariables() {
        let recorder = AsciicastRecorder(width: 1, height: 1, title: "", startTime: 0)
        #expect(Set(recorder.environment.keys).isSubset(of: ["TERM", "SHELL"]))
    }
}
