#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines with plain `read(2)`: for piped input, or when libedit is unavailable.
///
/// Lines may be arbitrarily long and are decoded as UTF-8 (invalid bytes become
/// U+FFFD). A final line without a newline is still returned before ``LineReadResult/end``.
/// When the input is a terminal, Ctrl-C during a read yields ``LineReadResult/interrupted``, and
/// SIGTERM, SIGHUP or SIGQUIT ``LineReadResult/terminated(signal:)``.
public final class PlainLineReader: LineReader {
    private let input: Int32
    private let output: Int32
    private let showsPrompt: Bool
    private let inputIsTerminal: Bool
    /// Bytes read but not yet returned; `scanned` of them are known to hold no newline.
    private var pending: [UInt8] = []
    private var scanned = 0
    private var reachedEnd = false

    /// - Parameters:
    ///   - input: The file descriptor to read from.
    ///   - showsPrompt: Whether to write the prompt to stdout before reading.
    public convenience init(input: Int32 = 0, showsPrompt: Bool) {
        self.init(input: input, output: STDOUT_FILENO, showsPrompt: showsPrompt)
    }

    init(input: Int32, output: Int32, showsPrompt: Bool) {
        self.input = input
        self.output = output
        self.showsPrompt = showsPrompt
        self.inputIsTerminal = isatty(input) == 1
    }

    public func readLine(prompt: String) -> LineReadResult {
        if showsPrompt {
            // Text the program printed with stdio must appear before the prompt.
            fflush(nil)
            emit(prompt)
        }
        while true {
            if let line = takeLine() { return .line(line) }
            if reachedEnd {
                guard !pending.isEmpty else { return .end }
                let rest = decode(pending[...])
                pending.removeAll()
                scanned = 0
                return .line(rest)
            }
            switch fill() {
            case .interrupted:
                pending.removeAll()
                scanned = 0
                emit("\n")
                return .interrupted
            case .terminated(let signal):
                emit("\n")
                return .terminated(signal: signal)
            case .endOfInput:
                reachedEnd = true
                // Ctrl-D leaves the cursor after the prompt; move to a fresh line.
                if inputIsTerminal && showsPrompt && pending.isEmpty { emit("\n") }
            case .data:
                continue
            }
        }
    }

    private func takeLine() -> String? {
        guard let newline = pending[scanned...].firstIndex(of: UInt8(ascii: "\n")) else {
            scanned = pending.count
            return nil
        }
        var content = pending[..<newline]
        if content.last == UInt8(ascii: "\r") { content = content.dropLast() }
        let line = decode(content)
        pending.removeSubrange(...newline)
        scanned = 0
        return line
    }

    private func decode(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    private enum FillResult {
        case data, endOfInput, interrupted
        case terminated(Int32)
    }

    private func fill() -> FillResult {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let outcome = chunk.withUnsafeMutableBytes { buffer in
                inputIsTerminal
                    ? InterruptibleRead.read(input, into: buffer)
                    : .bytes(read(input, buffer.baseAddress, buffer.count))
            }
            switch outcome {
            case .interrupted: return .interrupted
            case .terminated(let signal): return .terminated(signal)
            case .bytes(let count) where count > 0:
                pending.append(contentsOf: chunk[..<count])
                return .data
            case .bytes(0): return .endOfInput
            case .bytes:
                if errno == EINTR { continue }
                return .endOfInput // a read error ends input like EOF would
            }
        }
    }

    private func emit(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { buffer in
                write(output, buffer.baseAddress, buffer.count)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            bytes = bytes.dropFirst(written)
        }
    }
}
