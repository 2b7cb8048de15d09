import Foundation
import Testing

@testable import LineEditing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A pipe whose write end is fed from another thread, so inputs larger than
/// the pipe buffer do not deadlock the reader.
private struct Pipe {
    let readEnd: Int32
    let writeEnd: Int32

    init() {
        var fds: [Int32] = [0, 0]
        precondition(pipe(&fds) == 0)
        readEnd = fds[0]
        writeEnd = fds[1]
    }

    func feed(_ bytes: [UInt8]) -> Thread {
        let fd = writeEnd
        let thread = Thread {
            var offset = 0
            while offset < bytes.count {
                let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                if written <= 0 { break }
                offset += written
            }
            close(fd)
        }
        thread.start()
        return thread
    }

    /// Everything written to the pipe so far (the write end must be closed).
    func drain() -> [UInt8] {
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
            if count <= 0 { return result }
            result += chunk[..<count]
        }
    }
}

@Suite struct PlainLineReaderTests {
    private func readAll(_ input: String) -> [LineReadResult] {
        let pipe = Pipe()
        defer { close(pipe.readEnd) }
        _ = pipe.feed(Array(input.utf8))
        let reader = PlainLineReader(input: pipe.readEnd, showsPrompt: false)
        var results: [LineReadResult] = []
        while results.last != .end {
            results.append(reader.readLine(prompt: "> "))
        }
        return results
    }

    @Test func readsLinesThenEnd() {
        #expect(readAll("lessons\n\nquit\n") == [.line("lessons"), .line(""), .line("quit"), .end])
    }

    @Test func decodesUTF8AndCRLF() {
        #expect(readAll("学习 Swift 🧵\r\nnext\n") == [.line("学习 Swift 🧵"), .line("next"), .end])
    }

    @Test func returnsAFinalLineWithoutNewline() {
        #expect(readAll("last") == [.line("last"), .end])
    }

    @Test func emptyInputIsEnd() {
        #expect(readAll("") == [.end])
    }

    @Test func readsAHundredKilobyteLine() {
        let long = String(repeating: "线程abcdefgh", count: 10_000) // 140,000 bytes
        #expect(readAll(long + "\nafter\n") == [.line(long), .line("after"), .end])
    }

    @Test func printsNoPromptWhenInputIsNotATerminal() {
        let input = Pipe()
        let output = Pipe()
        defer {
            close(input.readEnd)
            close(output.readEnd)
        }
        _ = input.feed(Array("one\n".utf8))
        let reader = LineReaders.plainReader(input: input.readEnd, output: output.writeEnd)
        #expect(reader.readLine(prompt: "spindle> ") == .line("one"))
        #expect(reader.readLine(prompt: "spindle> ") == .end)
        close(output.writeEnd)
        #expect(output.drain().isEmpty)
    }

    @Test func printsThePromptWhenAsked() {
        let input = Pipe()
        let output = Pipe()
        defer {
            close(input.readEnd)
            close(output.readEnd)
        }
        _ = input.feed(Array("one\n".utf8))
        let reader = PlainLineReader(input: input.readEnd, output: output.writeEnd, showsPrompt: true)
        #expect(reader.readLine(prompt: "学> ") == .line("one"))
        close(output.writeEnd)
        #expect(String(decoding: output.drain(), as: UTF8.self) == "学> ")
    }
}
