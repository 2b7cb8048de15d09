import Testing
import Trace

@Suite struct JSONLinesTests {
    @Test func roundTripIsExact() throws {
        let text = try JSONLines.encode(Fixtures.everything)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == #"{"format":"spindle-trace","version":1}"#[...])
        #expect(lines.count == Fixtures.everything.count + 2)
        #expect(lines.last == "")

        let decoded = try JSONLines.decode(text)
        #expect(decoded == Fixtures.everything)
        #expect(try JSONLines.encode(decoded) == text)
    }

    @Test func linesAreCompactWithSortedKeys() throws {
        let event = TraceEvent(
            time: 7, actor: ActorID(2), kind: .operation(ResourceID(3), .put(item: "a/b")), note: "n")
        #expect(
            try JSONLines.line(for: event)
                == #"{"actor":2,"kind":{"operation":{"item":"a/b","type":"put"},"resource":3,"type":"operation"},"note":"n","time":7}"#
        )
    }

    @Test func toleratesBlankLinesAndCRLF() throws {
        let declaration = TraceEvent(
            time: 1, actor: ActorID(1),
            kind: .declareActor(TraceActor(id: ActorID(1), kind: .process, name: "p")))
        let event = TraceEvent(time: 1, actor: ActorID(1), kind: .note("hi"))
        let text =
            JSONLines.header + "\r\n\r\n" + (try JSONLines.line(for: declaration)) + "\r\n"
            + (try JSONLines.line(for: event)) + "\r\n"
        #expect(try JSONLines.decode(text) == [declaration, event])
    }

    @Test(arguments: [
        (#"{"actor":1,"kind":{"type":"note","text":"x"}}"#, #"line 3: missing field "time""#),
        (#"{"actor":1,"kind":{"type":"transition"},"time":5}"#, #"line 3: missing field "kind.state""#),
        (
            #"{"actor":1,"kind":{"type":"bogus"},"time":5}"#,
            #"line 3: field "kind.type": unknown event kind "bogus""#
        ),
        (
            #"{"actor":1,"kind":{"type":"transition","state":{"type":"dozing"}},"time":5}"#,
            #"line 3: field "kind.state.type": unknown state "dozing""#
        ),
        (
            #"{"actor":1,"kind":{"type":"note","text":"x"},"time":"soon"}"#,
            #"line 3: field "time" is not a valid UInt64"#
        ),
        (#"{"actor":1,"kind":{"type":"note","text":null},"time":5}"#, #"line 3: field "kind.text" is null"#),
        (#"{"actor":"#, "line 3: not a valid JSON object, or a number in it does not fit its field"),
    ])
    func importErrorsNameTheLine(badLine: String, message: String) throws {
        let declaration = try JSONLines.line(
            for: TraceEvent(
                time: 1, actor: ActorID(1),
                kind: .declareActor(TraceActor(id: ActorID(1), kind: .process, name: "p"))))
        let good = try JSONLines.line(for: TraceEvent(time: 1, actor: ActorID(1), kind: .note("ok")))
        let text = [JSONLines.header, declaration, badLine, good].joined(separator: "\n")
        #expect(throws: JSONLinesError.self) { try JSONLines.decode(text) }
        do {
            _ = try JSONLines.decode(text)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func headerIsRequiredAndVersioned() {
        let event = #"{"actor":1,"kind":{"type":"note","text":"x"},"time":1}"#
        #expect(
            throws: JSONLinesError(
                line: 1, reason: #"expected the header {"format":"spindle-trace","version":1}"#)
        ) {
            try JSONLines.decode(event + "\n")
        }
        #expect(throws: JSONLinesError(line: 2, reason: "unsupported version 2 (this reader understands 1)"))
        {
            try JSONLines.decode("\n" + #"{"format":"spindle-trace","version":2}"# + "\n")
        }
        #expect(
            throws: JSONLinesError(
                line: 1, reason: #"empty input, expected the header {"format":"spindle-trace","version":1}"#)
        ) {
            try JSONLines.decode("")
        }
    }
}
