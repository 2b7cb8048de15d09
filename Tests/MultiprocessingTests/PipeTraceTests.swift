import TestSupport
import Testing
import Trace

@testable import Multiprocessing
@testable import Threading

@Suite("Pipe: trace")
struct PipeTraceTests {
    @Test("a pipe is declared once; sends and receives on both ends carry matching labels")
    func declareSendReceive() throws {
        let fixture = TraceFixture()
        let (left, right) = try Pipe(name: "results", tracer: fixture.tracer)
        let resource = left.trace.resource
        #expect(right.trace.resource == resource)
        try left.sendBytes(Array("hi\n".utf8))
        try right.send(42)
        #expect(try right.recvBytes() == Array("hi\n".utf8))
        #expect(try left.recv(Int.self) == 42)
        let kinds = fixture.events.map(\.kind)
        #expect(
            kinds == [
                .declareResource(TraceResource(id: resource, kind: .pipe, name: "results")),
                .operation(resource, .send(item: "b'hi\\n'")),
                .operation(resource, .send(item: "42")),
                .operation(resource, .receive(item: "b'hi\\n'")),
                .operation(resource, .receive(item: "42")),
            ])
        #expect(fixture.state.contents(of: resource).isEmpty)
    }

    @Test("a long message's label is cut and gives the size")
    func longLabel() throws {
        let fixture = TraceFixture()
        let (reader, writer) = try Pipe(duplex: false, tracer: fixture.tracer)
        try writer.sendBytes([UInt8](repeating: 0x61, count: 1000))
        let labels = fixture.events.compactMap { event -> String? in
            if case .operation(_, .send(let item)) = event.kind { item } else { nil }
        }
        #expect(labels == ["b'" + String(repeating: "a", count: 38) + "…' (1000 bytes)"])
        _ = try reader.recvBytes()
    }

    @Test("a receiver that has to wait shows waiting on the pipe, then running, then the receive")
    func blockingReceive() throws {
        let fixture = TraceFixture()
        let (reader, writer) = try Pipe(duplex: false, tracer: fixture.tracer)
        let resource = reader.trace.resource
        let consumer = Threading.Thread(name: "consumer", tracer: fixture.tracer) {
            _ = try reader.recv(String.self)
        }
        try consumer.start()
        #expect(eventually { fixture.hasReported(consumer.actor, .waiting(.pipe(resource))) })
        try writer.send("job")
        try consumer.join()
        #expect(consumer.error == nil)
        let story = fixture.events.filter { $0.actor == consumer.actor }.map(\.kind)
        #expect(
            story == [
                .transition(.running),
                .transition(.waiting(.pipe(resource))),
                .transition(.running),
                .operation(resource, .receive(item: "job")),
                .transition(.done(.exited(0))),
            ])
    }

    @Test("a receive that times out still returns the actor to running")
    func timedOutReceive() throws {
        let fixture = TraceFixture()
        let (reader, writer) = try Pipe(tracer: fixture.tracer)
        let resource = reader.trace.resource
        #expect(throws: TimeoutError.self) { try reader.recvBytes(timeout: 0.01) }
        withExtendedLifetime(writer) {}
        let transitions = fixture.events.compactMap { event -> ActorState? in
            if case .transition(let state) = event.kind { state } else { nil }
        }
        #expect(transitions == [.waiting(.pipe(resource)), .running])
    }

    @Test("a raw pipe reports its writes and reads under its own resource")
    func rawPipe() throws {
        let fixture = TraceFixture()
        let pipe = try RawPipe(name: "lesson", tracer: fixture.tracer)
        let resource = pipe.trace.resource
        #expect(try pipe.write([0x41, 0x42]) == 2)
        #expect(try pipe.read(maxLength: 10) == [0x41, 0x42])
        #expect(
            fixture.events.map(\.kind) == [
                .declareResource(TraceResource(id: resource, kind: .pipe, name: "lesson")),
                .operation(resource, .send(item: "b'AB'")),
                .operation(resource, .receive(item: "b'AB'")),
            ])
    }

    @Test("untraced pipes take no resource ID")
    func untraced() throws {
        let (left, _) = try Pipe(tracer: .disabled)
        #expect(left.trace.resource == .unassigned)
    }
}
