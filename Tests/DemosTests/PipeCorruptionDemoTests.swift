import TestSupport
import Testing

@Suite("Demo: pipe-corruption", .forksProcesses)
struct PipeCorruptionDemoTests {
    @Test("records of exactly PIPE_BUF bytes never tear", arguments: [1, 2, 3])
    func atPipeBufNothingTears(attempt: Int) async throws {
        let run = try await runDemo("pipe-corruption", ["writers=4", "size=4096", "records=500"])
        #expect(try run.number("records") == 2_000)
        #expect(try run.number("torn") == 0)
        #expect(try run.number("pipe_buf") == 4_096)
    }

    @Test("small records never tear either")
    func smallRecordsStayWhole() async throws {
        let run = try await runDemo("pipe-corruption", ["writers=8", "size=16", "records=2000"])
        #expect(try run.number("records") == 16_000)
        #expect(try run.number("torn") == 0)
    }

    #if os(Linux)
    /// Linux puts the first (size mod 4096) bytes of a large write into the last page already in
    /// the pipe, then waits for room behind the other writers: 5000-byte records from four writers
    /// tore by the hundreds in every measured run.
    @Test("records above PIPE_BUF from competing writers come out torn")
    func abovePipeBufRecordsTear() async throws {
        let run = try await runDemo("pipe-corruption", ["writers=4", "size=5000", "records=500"])
        #expect(try run.number("records") == 2_000)
        #expect(try run.number("torn") > 0)
    }
    #endif

    @Test("a single writer's records stay whole at any size")
    func oneWriterNeverTears() async throws {
        let run = try await runDemo("pipe-corruption", ["writers=1", "size=65536", "records=200"])
        #expect(try run.number("records") == 200)
        #expect(try run.number("torn") == 0)
    }
}
