import Foundation
import Testing

@testable import Trace

/// What `decode` does with traces that are well-formed JSON but could not have been
/// recorded: one error naming the first bad line, never a trap further on.
@Suite struct TraceImportTests {
    private static let declarations = [
        #"{"actor":1,"kind":{"actor":{"id":1,"kind":"process","name":"main"},"type":"declareActor"},"time":10}"#,
        #"{"actor":1,"kind":{"resource":{"id":1,"kind":"semaphore","name":"s","capacity":2},"type":"declareResource"},"time":11}"#,
    ]

    private static func trace(_ lines: [String]) -> String {
        ([JSONLines.header] + declarations + lines).joined(separator: "\n") + "\n"
    }

    private static func reason(_ text: String) -> String? {
        do {
            _ = try JSONLines.decode(text)
            return nil
        } catch {
            return "line \(error.line): \(error.reason)"
        }
    }

    @Test(arguments: [
        (
            #"{"actor":1,"kind":{"operation":{"type":"acquire"},"resource":9,"type":"operation"},"time":12}"#,
            "line 4: resource 9 is not declared; add a declareResource line for it above this one"
        ),
        (
            #"{"actor":2,"kind":{"state":{"type":"running"},"type":"transition"},"time":12}"#,
            "line 4: actor 2 is not declared; add a declareActor line for it above this one"
        ),
        (
            #"{"actor":1,"kind":{"state":{"type":"blocked","resource":3},"type":"transition"},"time":12}"#,
            "line 4: resource 3 is not declared; add a declareResource line for it above this one"
        ),
        (
            #"{"actor":1,"kind":{"state":{"type":"waiting","wait":{"type":"join","actor":7}},"type":"transition"},"time":12}"#,
            "line 4: joined actor 7 is not declared; add a declareActor line for it above this one"
        ),
        (
            #"{"actor":1,"kind":{"actor":{"id":9223372036854775807,"kind":"thread","name":"t"},"type":"declareActor"},"time":12}"#,
            "line 4: actor id 9223372036854775807 is out of range; ids are whole numbers from 1 to 2147483647"
        ),
        (
            #"{"actor":1,"kind":{"actor":{"id":2,"kind":"thread","name":"t","parent":5},"type":"declareActor"},"time":12}"#,
            "line 4: parent actor 5 is not declared; add a declareActor line for it above this one"
        ),
        (
            #"{"actor":1,"kind":{"resource":{"id":-4,"kind":"lock","name":"l"},"type":"declareResource"},"time":12}"#,
            "line 4: resource id -4 is out of range; ids are whole numbers from 1 to 2147483647"
        ),
        (
            #"{"actor":1,"kind":{"resource":{"id":1,"kind":"queue","name":"q"},"type":"declareResource"},"time":12}"#,
            "line 4: resource 1 was declared a semaphore and cannot become a queue; give the new resource an unused id"
        ),
        (
            #"{"actor":1,"kind":{"resource":{"id":2,"kind":"semaphore","name":"s","capacity":-9223372036854775808},"type":"declareResource"},"time":12}"#,
            "line 4: capacity -9223372036854775808 is out of range; it must be from 0 to 2147483647"
        ),
        (
            #"{"actor":1,"kind":{"text":"late","type":"note"},"time":18446744073709551615}"#,
            "line 4: time 18446744073709551615 is out of range; times are nanoseconds from 0 to 9223372036854775807"
        ),
        (
            #"{"actor":1,"kind":{"state":{"type":"sleeping","until":9223372036854775808},"type":"transition"},"time":12}"#,
            "line 4: until 9223372036854775808 is out of range; times are nanoseconds from 0 to 9223372036854775807"
        ),
        (
            #"{"actor":1,"kind":{"operation":{"type":"notify","count":-1},"resource":1,"type":"operation"},"time":12}"#,
            "line 4: count -1 is out of range; it must be from 0 to 2147483647"
        ),
        (
            #"{"actor":1,"kind":{"text":"x","type":"note"},"time":-5}"#,
            "line 4: not a valid JSON object, or a number in it does not fit its field"
        ),
    ])
    func inconsistentEventsAreRefusedAtTheirLine(line: String, expected: String) {
        #expect(Self.reason(Self.trace([line])) == expected)
    }

    @Test func aStateBeforeItsActorsDeclarationIsRefused() {
        let lines = [
            #"{"actor":2,"kind":{"state":{"type":"running"},"type":"transition"},"time":12}"#,
            #"{"actor":1,"kind":{"actor":{"id":2,"kind":"thread","name":"t"},"type":"declareActor"},"time":13}"#,
        ]
        #expect(Self.reason(Self.trace(lines))?.hasPrefix("line 4: actor 2 is not declared") == true)
        #expect(Self.reason(Self.trace(lines.reversed())) == nil)
    }

    @Test func whatRecordersWriteIsAccepted() throws {
        let lines = [
            // Times may step back: events forwarded from other processes arrive a little late.
            #"{"actor":1,"kind":{"text":"earlier","type":"note"},"time":5}"#,
            // Joining the unassigned actor 0 is how a pool waits for a worker not started yet.
            #"{"actor":1,"kind":{"state":{"type":"waiting","wait":{"type":"join","actor":0}},"type":"transition"},"time":12}"#,
            #"{"actor":1,"kind":{"resource":{"id":1,"kind":"semaphore","name":"renamed","capacity":2},"type":"declareResource"},"time":13}"#,
            #"{"actor":1,"kind":{"text":"at the limit","type":"note"},"time":9223372036854775807}"#,
        ]
        #expect(try JSONLines.decode(Self.trace(lines)).count == 6)
    }

    @Test func aLineLongerThanTheLimitIsRefusedBeforeItIsParsed() {
        let note = String(repeating: "a", count: TraceLimits.maximumLineBytes)
        let line = #"{"actor":1,"kind":{"text":""# + note + #"","type":"note"},"time":12}"#
        #expect(
            Self.reason(Self.trace([line]))
                == "line 4: the line is \(line.utf8.count) bytes long, more than the limit of 65536; shorten its labels or notes"
        )
    }

    @Test func moreEventsThanTheLimitAreRefusedAtTheFirstOneTooMany() throws {
        let note = #"{"actor":1,"kind":{"text":"n","type":"note"},"time":12}"#
        let text = Self.trace(Array(repeating: note, count: 5))
        #expect(
            throws: JSONLinesError(
                line: 6,
                reason:
                    "more than 4 events, the most a trace may hold; keep the first 4 lines after the header")
        ) {
            try JSONLines.decodeRun(Data(text.utf8), maximumEvents: 4)
        }
        #expect(try JSONLines.decodeRun(Data(text.utf8), maximumEvents: 7).events.count == 7)
    }

    @Test(arguments: [UInt64.max, UInt64.max - 49_999, UInt64(Int64.max), 9_999_950_000, 0])
    func durationsNeverOverflow(nanoseconds: UInt64) {
        let text = DurationText.format(nanoseconds: nanoseconds)
        #expect(text.hasSuffix(" s") || text.hasSuffix(" ms"))
    }

    @Test func durationsRoundHalfUpAtEveryScale() {
        #expect(DurationText.format(nanoseconds: UInt64.max) == "18446744073.71 s")
        #expect(DurationText.format(nanoseconds: 9_999_950_000) == "10.00 s")
        #expect(DurationText.format(nanoseconds: 9_999_949_999) == "9999.9 ms")
        #expect(DurationText.format(nanoseconds: 50_000) == "0.1 ms")
    }
}
