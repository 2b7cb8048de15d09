import Foundation
import TestSupport
import Testing
import Trace

/// docs/trace.schema.json against the real encoder and reader: everything Spindle writes
/// matches it, and a line it rejects is one the reader rejects too.
@Suite struct TraceSchemaTests {
    private static let docs = Repository.root.appendingPathComponent("docs")

    private static func schemaCheck() throws -> JSONSchemaCheck {
        try TraceSchemaConformance.schema.get()
    }

    /// A header and the declarations the sample lines below refer to: actor 1 (a process),
    /// actor 2 (a thread), lock 1 and queue 2.
    private static let prelude = [
        #"{"format":"spindle-trace","version":1}"#,
        #"{"actor":1,"kind":{"actor":{"id":1,"kind":"process","name":"main"},"type":"declareActor"},"time":1}"#,
        #"{"actor":1,"kind":{"actor":{"id":2,"kind":"thread","name":"t","parent":1},"type":"declareActor"},"time":2}"#,
        #"{"actor":1,"kind":{"resource":{"id":1,"kind":"lock","name":"l"},"type":"declareResource"},"time":3}"#,
        #"{"actor":1,"kind":{"resource":{"id":2,"kind":"queue","name":"q"},"type":"declareResource"},"time":4}"#,
    ]

    @Test func everyKindStateWaitStatusAndOperationMatches() {
        #expect(TraceSchemaConformance.problems(events: Fixtures.everything) == [])
        let run = TraceRun(demo: "everything", parameters: ["a=1", "b=x y"], emphasis: TraceView.allCases)
        #expect(TraceSchemaConformance.problems(events: Fixtures.everything, run: run) == [])
        let located = Fixtures.everything.enumerated().map { index, event in
            var event = event
            event.source = "工人/bank.py:\(index + 1)"
            return event
        }
        #expect(TraceSchemaConformance.problems(events: located) == [])
    }

    @Test func theBoundsOfEveryNumberMatch() {
        let largest = ActorID(TraceLimits.maximumID)
        let resource = ResourceID(TraceLimits.maximumID)
        let events = [
            TraceEvent(
                time: 0, actor: largest,
                kind: .declareActor(TraceActor(id: largest, kind: .task, name: "", pid: .max))),
            TraceEvent(
                time: TraceLimits.maximumTime, actor: largest,
                kind: .declareResource(
                    TraceResource(
                        id: resource, kind: .semaphore, name: "", capacity: TraceLimits.maximumCount))),
            TraceEvent(time: 0, actor: largest, kind: .transition(.waiting(.join(.unassigned)))),
            TraceEvent(time: 0, actor: largest, kind: .transition(.done(.exited(.min)))),
            TraceEvent(time: 0, actor: largest, kind: .transition(.done(.signalled(.max)))),
            TraceEvent(time: 0, actor: largest, kind: .operation(resource, .notify(count: 0))),
            TraceEvent(
                time: 0, actor: largest, kind: .operation(resource, .notify(count: TraceLimits.maximumCount))),
            TraceEvent(time: 0, actor: largest, kind: .operation(resource, .write(value: .min))),
            TraceEvent(time: 0, actor: largest, kind: .result(name: "", value: "")),
        ]
        #expect(TraceSchemaConformance.problems(events: events) == [])
        #expect(throws: Never.self) { try JSONLines.decode(JSONLines.encode(events)) }
    }

    @Test func theSchemaNamesEveryEnumCaseAndLimit() throws {
        let schema = try Self.schemaCheck().schema
        func node(_ path: String...) -> JSONValue? {
            path.reduce(schema as JSONValue?) { node, key in
                if case .object(let members)? = node { members[key] } else { nil }
            }
        }
        func strings(_ value: JSONValue?) -> [String] {
            guard case .array(let items)? = value else { return [] }
            return items.compactMap { if case .string(let text) = $0 { text } else { nil } }
        }
        #expect(
            strings(node("$defs", "resource", "properties", "kind", "enum"))
                == ResourceKind.allCases.map(\.rawValue))
        #expect(
            strings(node("$defs", "actor", "properties", "kind", "enum"))
                == TraceActor.Kind.allCases.map(\.rawValue))
        #expect(node("$defs", "time", "maximum") == .number("\(TraceLimits.maximumTime)"))
        #expect(node("$defs", "actorID", "maximum") == .number("\(TraceLimits.maximumID)"))
        #expect(node("$defs", "resourceID", "maximum") == .number("\(TraceLimits.maximumID)"))
        #expect(node("$defs", "count", "maximum") == .number("\(TraceLimits.maximumCount)"))
        #expect(node("$defs", "text", "maxLength") == .number("\(TraceLimits.maximumLineBytes)"))
        #expect(node("$defs", "header", "properties", "format", "const") == .string(JSONLines.formatName))
        #expect(node("$defs", "header", "properties", "version", "const") == .number("\(JSONLines.version)"))
    }

    @Test func theExampleReplaysAndIsWhatSpindleWouldWrite() throws {
        let path = Self.docs.appendingPathComponent("trace-example.jsonl")
        let text = try String(contentsOf: path, encoding: .utf8)
        #expect(TraceSchemaConformance.problems(in: text) == [])
        let (run, events) = try JSONLines.decodeRun(text)
        #expect(run?.demo == "bank.py")
        #expect(try JSONLines.encode(events, run: run) == text)
        // Every field the format has appears at least once.
        #expect(events.contains { $0.note != nil } && events.contains { $0.source != nil })
        var narrator = Narrator()
        let narration = events.map { narrator.line(for: $0) }
        #expect(
            narration.contains { $0.contains("blocked on lock \"balance_lock\" (held by alice) (bank.py:9)") }
        )

        let guide = try String(
            contentsOf: Self.docs.appendingPathComponent("trace-format.md"), encoding: .utf8)
        #expect(
            guide.contains("```jsonl\n" + text + "```\n"), "docs/trace-format.md must show the example whole")
    }

    @Test func theHeaderComesFirstAndOnlyFirst() {
        let event = Self.prelude[1]
        #expect(TraceSchemaConformance.problems(in: "") == ["line 1: no header line"])
        #expect(TraceSchemaConformance.problems(in: "\n \t\n") == ["line 1: no header line"])
        #expect(!TraceSchemaConformance.problems(in: event + "\n").isEmpty)
        #expect(!TraceSchemaConformance.problems(in: Self.prelude[0] + "\n" + Self.prelude[0] + "\n").isEmpty)
        #expect(
            TraceSchemaConformance.problems(in: "\r\n  \n" + Self.prelude.joined(separator: "\r\n")) == [])
        let broken = TraceSchemaConformance.problems(in: Self.prelude[0] + "\n\n" + #"{"actor":1}"#)
        #expect(broken.first?.hasPrefix("line 3 (event): ") == true, "\(broken)")
    }

    /// Lines the reader accepts after ``prelude`` although Spindle never writes them so: the
    /// schema must accept them too.
    @Test(arguments: [
        #"{"actor":1,"kind":{"state":{"type":"running"},"type":"transition"},"time":5,"extra":[1]}"#,
        #"{"actor":1,"kind":{"state":{"type":"running","x":1},"type":"transition","y":{}},"time":5}"#,
        #"{"actor":1,"kind":{"state":{"type":"running"},"type":"transition"},"note":null,"source":null,"time":5}"#,
        #"{"actor":1.0,"kind":{"state":{"type":"running"},"type":"transition"},"time":5e3}"#,
        #"{"actor":1,"kind":{"state":{"type":"sleeping","until":null},"type":"transition"},"time":5}"#,
        #"{"actor":1,"kind":{"state":{"type":"sleeping"},"type":"transition"},"time":5}"#,
        #"{"actor":1,"kind":{"operation":{"type":"get","item":null},"resource":2,"type":"operation"},"time":5}"#,
        #"{"actor":1,"kind":{"operation":{"type":"read","value":null},"resource":1,"type":"operation"},"time":5}"#,
        #"{"actor":1,"kind":{"actor":{"id":3,"kind":"task","name":"","parent":null,"pid":null},"type":"declareActor"},"time":5}"#,
        #"{"actor":1,"kind":{"resource":{"id":3,"kind":"gil","name":"","capacity":null},"type":"declareResource"},"time":5}"#,
        #"{"actor":1,"kind":{"state":{"type":"waiting","wait":{"type":"join","actor":0}},"type":"transition"},"time":5}"#,
        #"{"actor":1,"kind":{"state":{"type":"done","status":{"type":"signalled","signal":-2147483648}},"type":"transition"},"time":5}"#,
        #"{"actor":1,"kind":{"state":{"running":1,"type":"new"},"type":"transition"},"time":0}"#,
        // Operations are not checked against the resource's kind.
        #"{"actor":1,"kind":{"operation":{"type":"put","item":"x"},"resource":1,"type":"operation"},"time":5}"#,
    ])
    func linesTheReaderAcceptsMatch(line: String) throws {
        let text = (Self.prelude + [line]).joined(separator: "\n")
        #expect(throws: Never.self) { try JSONLines.decode(text) }
        #expect(TraceSchemaConformance.problems(in: text) == [])
    }

    @Test(arguments: [
        #"{"format":"spindle-trace","version":1,"extra":true}"#,
        #"{"format":"spindle-trace","version":1.0,"run":null}"#,
        #"{"format":"spindle-trace","run":{"demo":"d","parameters":null,"emphasis":["lanes","future-view"]},"version":1}"#,
        #"{"format":"spindle-trace","run":{"demo":""},"version":1}"#,
    ])
    func headersTheReaderAcceptsMatch(header: String) throws {
        let text = ([header] + Self.prelude.dropFirst()).joined(separator: "\n")
        #expect(throws: Never.self) { try JSONLines.decode(text) }
        #expect(TraceSchemaConformance.problems(in: text) == [])
    }

    /// Damaged lines: each must fail the schema, and the reader must refuse it at that line.
    @Test(arguments: [
        // Not an event at all.
        #"[1,2]"#, #""text""#, "null", "{}",
        // Missing or mistyped top-level fields.
        #"{"actor":1,"kind":{"text":"x","type":"note"}}"#,
        #"{"kind":{"text":"x","type":"note"},"time":5}"#,
        #"{"actor":1,"time":5}"#,
        #"{"actor":1,"kind":{"text":"x","type":"note"},"time":"5"}"#,
        #"{"actor":1,"kind":{"text":"x","type":"note"},"time":true}"#,
        #"{"actor":1,"kind":{"text":"x","type":"note"},"time":5.5}"#,
        #"{"actor":1,"kind":{"text":"x","type":"note"},"time":-1}"#,
        #"{"actor":1,"kind":{"text":"x","type":"note"},"time":9223372036854775808}"#,
        #"{"actor":1,"kind":{"text":"x","type":"note"},"note":5,"time":5}"#,
        #"{"actor":1,"kind":{"text":"x","type":"note"},"source":["bank.py",3],"time":5}"#,
        #"{"actor":0,"kind":{"text":"x","type":"note"},"time":5}"#,
        #"{"actor":"1","kind":{"text":"x","type":"note"},"time":5}"#,
        // Event kinds.
        #"{"actor":1,"kind":{"type":"explode"},"time":5}"#,
        #"{"actor":1,"kind":{"type":null},"time":5}"#,
        #"{"actor":1,"kind":{"text":"x"},"time":5}"#,
        #"{"actor":1,"kind":{"text":null,"type":"note"},"time":5}"#,
        #"{"actor":1,"kind":{"name":"lost","type":"result"},"time":5}"#,
        #"{"actor":1,"kind":{"name":"lost","type":"result","value":3},"time":5}"#,
        #"{"actor":1,"kind":{"type":"transition"},"time":5}"#,
        #"{"actor":1,"kind":{"operation":{"type":"acquire"},"type":"operation"},"time":5}"#,
        #"{"actor":1,"kind":{"resource":1,"type":"operation"},"time":5}"#,
        // Declarations.
        #"{"actor":1,"kind":{"actor":{"id":0,"kind":"thread","name":"t"},"type":"declareActor"},"time":5}"#,
        #"{"actor":1,"kind":{"actor":{"id":2147483648,"kind":"thread","name":"t"},"type":"declareActor"},"time":5}"#,
        #"{"actor":1,"kind":{"actor":{"id":3,"kind":"fiber","name":"t"},"type":"declareActor"},"time":5}"#,
        #"{"actor":1,"kind":{"actor":{"id":3,"kind":"thread"},"type":"declareActor"},"time":5}"#,
        #"{"actor":1,"kind":{"actor":{"id":3,"kind":"thread","name":null},"type":"declareActor"},"time":5}"#,
        #"{"actor":1,"kind":{"actor":{"id":3,"kind":"thread","name":"t","pid":2147483648},"type":"declareActor"},"time":5}"#,
        #"{"actor":1,"kind":{"actor":{"id":3,"kind":"thread","name":"t","parent":0},"type":"declareActor"},"time":5}"#,
        #"{"actor":1,"kind":{"resource":{"id":3,"kind":"mutex","name":"m"},"type":"declareResource"},"time":5}"#,
        #"{"actor":1,"kind":{"resource":{"id":3,"kind":"queue","name":"q","capacity":-1},"type":"declareResource"},"time":5}"#,
        #"{"actor":1,"kind":{"resource":{"id":3,"kind":"queue","name":"q","capacity":2147483648},"type":"declareResource"},"time":5}"#,
        #"{"actor":1,"kind":{"resource":{"id":3,"kind":"queue","name":"q","capacity":1.5},"type":"declareResource"},"time":5}"#,
        #"{"actor":1,"kind":{"resource":{"kind":"queue","name":"q"},"type":"declareResource"},"time":5}"#,
        // States, waits and exit statuses.
        #"{"actor":1,"kind":{"state":{"type":"zombie"},"type":"transition"},"time":5}"#,
        #"{"actor":1,"kind":{"state":{"type":"blocked"},"type":"transition"},"time":5}"#,
        #"{"actor":1,"kind":{"state":{"type":"blocked","resource":0},"type":"transition"},"time":5}"#,
        #"{"actor":1,"kind":{"state":{"type":"sleeping","until":-5},"type":"transition"},"time":5}"#,
        #"{"actor":1,"kind":{"state":{"type":"sleeping","until":9223372036854775808},"type":"transition"},"time":5}"#,
        #"{"actor":1,"kind":{"state":{"type":"waiting"},"type":"transition"},"time":5}"#,
        #"{"actor":1,"kind":{"state":{"type":"waiting","wait":{"type":"nap"}},"type":"transition"},"time":5}"#,
        #"{"actor":1,"kind":{"state":{"type":"waiting","wait":{"type":"join"}},"type":"transition"},"time":5}"#,
        #"{"actor":1,"kind":{"state":{"type":"waiting","wait":{"type":"join","actor":-1}},"type":"transition"},"time":5}"#,
        #"{"actor":1,"kind":{"state":{"type":"waiting","wait":{"type":"queue","resource":2}},"type":"transition"},"time":5}"#,
        #"{"actor":1,"kind":{"state":{"type":"waiting","wait":{"type":"queue","resource":2,"status":"half"}},"type":"transition"},"time":5}"#,
        #"{"actor":1,"kind":{"state":{"type":"waiting","wait":{"type":"barrier"}},"type":"transition"},"time":5}"#,
        #"{"actor":1,"kind":{"state":{"type":"done"},"type":"transition"},"time":5}"#,
        #"{"actor":1,"kind":{"state":{"type":"done","status":{"type":"exited"}},"type":"transition"},"time":5}"#,
        #"{"actor":1,"kind":{"state":{"type":"done","status":{"type":"exited","code":2147483648}},"type":"transition"},"time":5}"#,
        #"{"actor":1,"kind":{"state":{"type":"done","status":{"type":"signalled","code":9}},"type":"transition"},"time":5}"#,
        #"{"actor":1,"kind":{"state":{"type":"done","status":{"type":"failed","message":null}},"type":"transition"},"time":5}"#,
        #"{"actor":1,"kind":{"state":{"type":"done","status":{"type":"crashed"}},"type":"transition"},"time":5}"#,
        // Operations.
        #"{"actor":1,"kind":{"operation":{"type":"lock"},"resource":1,"type":"operation"},"time":5}"#,
        #"{"actor":1,"kind":{"operation":{"type":"put"},"resource":2,"type":"operation"},"time":5}"#,
        #"{"actor":1,"kind":{"operation":{"type":"put","item":null},"resource":2,"type":"operation"},"time":5}"#,
        #"{"actor":1,"kind":{"operation":{"type":"send","item":7},"resource":2,"type":"operation"},"time":5}"#,
        #"{"actor":1,"kind":{"operation":{"type":"get","item":7},"resource":2,"type":"operation"},"time":5}"#,
        #"{"actor":1,"kind":{"operation":{"type":"notify"},"resource":1,"type":"operation"},"time":5}"#,
        #"{"actor":1,"kind":{"operation":{"type":"notify","count":-1},"resource":1,"type":"operation"},"time":5}"#,
        #"{"actor":1,"kind":{"operation":{"type":"notify","count":2147483648},"resource":1,"type":"operation"},"time":5}"#,
        #"{"actor":1,"kind":{"operation":{"type":"write","value":9223372036854775808},"resource":1,"type":"operation"},"time":5}"#,
        #"{"actor":1,"kind":{"operation":{"type":"read","value":"7"},"resource":1,"type":"operation"},"time":5}"#,
        #"{"actor":1,"kind":{"operation":{"type":"acquire"},"resource":0,"type":"operation"},"time":5}"#,
    ])
    func damagedLinesFailTheSchemaAndTheReader(line: String) throws {
        let text = (Self.prelude + [line]).joined(separator: "\n")
        let problems = TraceSchemaConformance.problems(in: text)
        #expect(!problems.isEmpty)
        #expect(problems.allSatisfy { $0.hasPrefix("line \(Self.prelude.count + 1) ") }, "\(problems)")
        let error = #expect(throws: JSONLinesError.self) { try JSONLines.decode(text) }
        #expect(error?.line == Self.prelude.count + 1)
    }

    @Test(arguments: [
        #"{"format":"spindle-trace"}"#,
        #"{"version":1}"#,
        #"{"format":"spindle-trace","version":2}"#,
        #"{"format":"spindle-trace","version":"1"}"#,
        #"{"format":"spindle","version":1}"#,
        #"{"format":"spindle-trace","run":{"parameters":[]},"version":1}"#,
        #"{"format":"spindle-trace","run":{"demo":"d","emphasis":[1]},"version":1}"#,
        #"{"format":"spindle-trace","run":{"demo":"d","parameters":"a=1"},"version":1}"#,
        #"{"format":"spindle-trace","run":["d"],"version":1}"#,
    ])
    func damagedHeadersFailTheSchemaAndTheReader(header: String) throws {
        let text = ([header] + Self.prelude.dropFirst()).joined(separator: "\n")
        let problems = TraceSchemaConformance.problems(in: text)
        #expect(!problems.isEmpty)
        #expect(problems.allSatisfy { $0.hasPrefix("line 1 ") }, "\(problems)")
        let error = #expect(throws: JSONLinesError.self) { try JSONLines.decode(text) }
        #expect(error?.line == 1)
    }
}
