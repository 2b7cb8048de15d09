import Multiprocessing
import Threading

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lesson 04: several processes write records to one pipe, each record a single write(2). The
/// kernel keeps a write of at most PIPE_BUF bytes whole; a larger one may be split, and other
/// writers' bytes land in the middle of it. The reader checks every record it gets back.
public enum PipeCorruptionDemo: Demo {
    public static let descriptor = DemoDescriptor(
        name: "pipe-corruption",
        parameters: [writers, size, records],
        results: [
            DemoResultSpec("records"),
            DemoResultSpec("torn"),
            DemoResultSpec("pipe_buf"),
        ])

    // The parameters, declared once: listed in the descriptor, read in `run` by key.
    static let writers: DemoParameterKey<Int> = .integer(
        "writers", 1...8, default: 4)
    static let size: DemoParameterKey<Int> = .integer(
        "size", 16...65_536, default: 4_096)
    static let records: DemoParameterKey<Int> = .integer(
        "records", 1...5_000, default: 100)

    /// Records each writer shows slowly and traced before the rest run at full speed.
    static let watchedRounds = 4
    /// Seconds a read may wait beyond the time limit before the demo gives up on the writers.
    static let grace = 2.0

    public static func run(_ run: DemoRun) throws {
        let writers = run[Self.writers]
        let size = run[Self.size]
        let records = run[Self.records]
        let pipe = try RawPipe(name: "pipe", tracer: run.detailTracer)
        let pipeBuf = atomicLimit(of: pipe)
        run.note(
            descriptor.text(
                size <= pipeBuf ? "note.plan-atomic" : "note.plan-split",
                ["writers": "\(writers)", "records": "\(records)", "size": "\(size)", "limit": "\(pipeBuf)"]))

        // Writers forked one after another would otherwise start apart, and a fast one could be
        // done before the last begins: released together, they really compete for the pipe.
        let start = try ProcessEvent(name: "start", tracer: run.detailTracer)
        let processes = (1...writers).map { writer in
            Process(name: "writer-\(writer)") {
                pipe.closeReadEnd()
                guard start.wait(timeout: run.remaining(plus: grace)) else { return }
                try write(RecordFormat(writer: writer, size: size), count: records, to: pipe, run: run)
            }
        }
        for process in processes { try process.start() }
        start.set()
        // The writers hold the only write ends left, so the reader sees the end once they exit.
        pipe.closeWriteEnd()

        var checker = RecordChecker(writers: writers, size: size)
        let finished = try read(pipe, into: &checker, watching: writers * watchedRounds, run: run)
        if !finished {
            run.stopEarly(because: descriptor.text("stop.writers-late"))
            for process in processes { process.terminate() }
        }
        for process in processes {
            if try !process.join(timeout: grace) {
                process.kill()
                try process.join(timeout: grace)
            }
        }
        if checker.records < writers * records, finished {
            run.stopEarly(
                because: descriptor.text(
                    "stop.records", ["done": "\(checker.records)", "all": "\(writers * records)"]))
        }
        run.report("records", checker.records)
        run.report("torn", checker.torn)
        run.report("pipe_buf", pipeBuf)
    }

    /// A writer: one os.write per record, slowly at first.
    private static func write(_ format: RecordFormat, count: Int, to pipe: RawPipe, run: DemoRun) throws {
        var record = format.body
        for sequence in 1...count {
            if sequence == watchedRounds + 1 {
                run.detail?.close()
                run.note(
                    descriptor.text(
                        "note.writer-full-speed",
                        ["writer": "\(format.writer)", "records": "\(count - watchedRounds)"]))
            }
            if run.isOverTime { break }
            format.stamp(sequence, into: &record)
            // One write(2); the loop only resumes a write a signal cut short.
            try pipe.writeAll(record)
            if sequence <= watchedRounds { run.pause(0.8) }
        }
    }

    /// Reads the stream record by record until every writer is gone; false when the time limit
    /// (plus a grace) passed first.
    private static func read(
        _ pipe: RawPipe, into checker: inout RecordChecker, watching watched: Int, run: DemoRun
    ) throws -> Bool {
        var buffer = [UInt8](repeating: 0, count: checker.size)
        var filled = 0
        while true {
            let count: Int
            do {
                count = try buffer.withUnsafeMutableBytes { bytes in
                    try pipe.read(
                        into: UnsafeMutableRawBufferPointer(rebasing: bytes[filled...]),
                        timeout: run.remaining(plus: grace))
                }
            } catch is TimeoutError {
                return false
            }
            if count == 0 {
                if filled > 0 { checker.check(buffer[..<filled]) }
                return true
            }
            filled += count
            guard filled == buffer.count else { continue }
            checker.check(buffer[...])
            filled = 0
            if checker.records == watched {
                run.detail?.close()
                run.note(descriptor.text("note.reader-full-speed"))
            }
        }
    }

    /// PIPE_BUF as the system reports it for this pipe, or the compile-time value.
    private static func atomicLimit(of pipe: RawPipe) -> Int {
        let reported = fpathconf(pipe.readFD, Int32(_PC_PIPE_BUF))
        return reported > 0 ? reported : RawPipe.atomicWriteLimit
    }
}

extension PipeCorruptionDemo {
    /// How a writer's records look: `<W:NNNNN>` (writer digit, sequence number), then the writer's
    /// digit repeated, so a torn record is visible both to the checker and on the stage.
    struct RecordFormat {
        /// The header's length in bytes.
        static let headerSize = 9
        /// The writer's number, 1 to 8.
        let writer: Int
        /// A record of this writer with its sequence number still zero.
        let body: [UInt8]

        /// The format of `writer`'s records of `size` bytes (at least ``headerSize``).
        init(writer: Int, size: Int) {
            self.writer = writer
            let digit = Self.digit(writer)
            var body = [UInt8](repeating: digit, count: max(size, Self.headerSize))
            body.replaceSubrange(0..<Self.headerSize, with: Array("<0:00000>".utf8))
            body[1] = digit
            self.body = body
        }

        /// Writes `sequence` (below 100 000) into the header of `record`.
        func stamp(_ sequence: Int, into record: inout [UInt8]) {
            var rest = sequence
            for position in stride(from: 7, through: 3, by: -1) {
                record[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
        }

        /// The ASCII digit that stands for writer `writer`.
        static func digit(_ writer: Int) -> UInt8 {
            UInt8(ascii: "0") + UInt8(writer)
        }
    }
}

extension PipeCorruptionDemo {
    /// Checks records as the reader cuts the stream into record-sized pieces: a piece is whole when
    /// it is one writer's record, its header intact, its body that writer's digit only, and its
    /// sequence number the next one from that writer.
    struct RecordChecker {
        /// Bytes per record.
        let size: Int
        /// Pieces checked so far.
        private(set) var records = 0
        /// Pieces that were not a whole record.
        private(set) var torn = 0
        private let bodies: [[UInt8]]
        private var lastSequence: [Int]

        /// A checker for records of `size` bytes from writers 1 to `writers`.
        init(writers: Int, size: Int) {
            self.size = size
            bodies = (1...writers).map { RecordFormat(writer: $0, size: size).body }
            lastSequence = Array(repeating: 0, count: writers)
        }

        /// Counts `piece`, and counts it as torn unless it is a whole record.
        mutating func check(_ piece: ArraySlice<UInt8>) {
            records += 1
            if !isWhole(piece) { torn += 1 }
        }

        private mutating func isWhole(_ piece: ArraySlice<UInt8>) -> Bool {
            guard piece.count == size, let writer = writer(of: piece), let sequence = sequence(of: piece)
            else {
                return false
            }
            defer { lastSequence[writer - 1] = sequence }
            guard sequence == lastSequence[writer - 1] + 1 else { return false }
            let header = RecordFormat.headerSize
            return piece.withUnsafeBytes { bytes in
                bodies[writer - 1].withUnsafeBytes { expected in
                    guard let got = bytes.baseAddress, let want = expected.baseAddress else { return false }
                    return memcmp(got + header, want + header, size - header) == 0
                }
            }
        }

        /// The writer named by a well-formed header, if any.
        private func writer(of piece: ArraySlice<UInt8>) -> Int? {
            let start = piece.startIndex
            guard piece[start] == UInt8(ascii: "<"), piece[start + 2] == UInt8(ascii: ":"),
                piece[start + 8] == UInt8(ascii: ">")
            else { return nil }
            let writer = Int(piece[start + 1]) - Int(UInt8(ascii: "0"))
            return (1...bodies.count).contains(writer) ? writer : nil
        }

        /// The sequence number in the header, if its five characters are digits.
        private func sequence(of piece: ArraySlice<UInt8>) -> Int? {
            var value = 0
            for byte in piece[(piece.startIndex + 3)...(piece.startIndex + 7)] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
    }
}
