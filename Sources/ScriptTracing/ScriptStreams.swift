import Trace

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the program's three pipes without ever blocking for long, and cuts what arrives
/// into probe lines and output lines.
struct ScriptStreams {
    private enum Stream: Int, CaseIterable {
        case events, output, errors
    }

    /// The most bytes a line may grow to before it is cut: a probe line is short, and a
    /// program printing megabytes without a newline must not fill memory.
    private static let longestLine = TraceLimits.maximumLineBytes

    private var descriptors: [Int32]
    private var open = [true, true, true]
    private var partial: [[UInt8]] = [[], [], []]
    private var buffer = [UInt8](repeating: 0, count: 65_536)
    /// Probe lines that did not follow the protocol.
    private(set) var unreadableLines = 0

    init(pipes: ScriptPipes) {
        descriptors = [pipes.events.read, pipes.output.read, pipes.errors.read]
    }

    /// Whether every process of the program has closed every pipe.
    var allClosed: Bool { !open.contains(true) }

    /// Waits up to `milliseconds` for something to read, then reads what is there.
    mutating func receive(waitingMilliseconds milliseconds: Int32) -> (
        events: [ProbeLine], output: [OutputLine]
    ) {
        var watched = Stream.allCases.filter { open[$0.rawValue] }.map {
            pollfd(fd: descriptors[$0.rawValue], events: Int16(POLLIN), revents: 0)
        }
        guard !watched.isEmpty else {
            usleep(UInt32(milliseconds) * 1_000)
            return ([], [])
        }
        _ = poll(&watched, nfds_t(watched.count), milliseconds)
        return takeAvailable()
    }

    /// Everything left in the pipes once the program is gone.
    mutating func drain() -> (events: [ProbeLine], output: [OutputLine]) {
        var events: [ProbeLine] = []
        var output: [OutputLine] = []
        for _ in 0..<64 {
            let taken = takeAvailable()
            events += taken.events
            output += taken.output
            if taken.events.isEmpty && taken.output.isEmpty { break }
        }
        for stream in Stream.allCases where !partial[stream.rawValue].isEmpty {
            finishLine(partial[stream.rawValue], from: stream, events: &events, output: &output)
            partial[stream.rawValue] = []
        }
        return (events, output)
    }

    func closeAll() {
        for fd in descriptors { _ = close(fd) }
    }

    private mutating func takeAvailable() -> (events: [ProbeLine], output: [OutputLine]) {
        var events: [ProbeLine] = []
        var output: [OutputLine] = []
        for stream in Stream.allCases where open[stream.rawValue] {
            // A bounded number of reads per stream, so one chatty pipe cannot starve the others.
            for _ in 0..<8 {
                let count = buffer.withUnsafeMutableBytes {
                    read(descriptors[stream.rawValue], $0.baseAddress, $0.count)
                }
                if count < 0 && errno == EINTR { continue }
                if count == 0 { open[stream.rawValue] = false }
                guard count > 0 else { break }
                split(buffer[0..<count], from: stream, events: &events, output: &output)
            }
        }
        return (events, output)
    }

    private mutating func split(
        _ bytes: ArraySlice<UInt8>, from stream: Stream, events: inout [ProbeLine], output: inout [OutputLine]
    ) {
        var start = bytes.startIndex
        while let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
            let line = partial[stream.rawValue] + bytes[start..<newline]
            partial[stream.rawValue] = []
            finishLine(line, from: stream, events: &events, output: &output)
            start = newline + 1
        }
        partial[stream.rawValue] += bytes[start...]
        if partial[stream.rawValue].count > Self.longestLine {
            finishLine(partial[stream.rawValue], from: stream, events: &events, output: &output)
            partial[stream.rawValue] = []
        }
    }

    private mutating func finishLine(
        _ bytes: [UInt8], from stream: Stream, events: inout [ProbeLine], output: inout [OutputLine]
    ) {
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasSuffix("\r") { text.removeLast() }
        switch stream {
        case .events:
            if let line = ProbeLine(Substring(text)) {
                events.append(line)
            } else {
                unreadableLines += 1
            }
        case .output: output.append(OutputLine(stream: .stdout, text: text, time: MonotonicClock.now()))
        case .errors: output.append(OutputLine(stream: .stderr, text: text, time: MonotonicClock.now()))
        }
    }
}
