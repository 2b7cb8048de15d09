import Terminal
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Raw mode and size on a descriptor that is not a terminal: the failure a piped run meets.
@Suite struct TerminalDescriptorTests {
    private func withPipe(_ body: (Int32) throws -> Void) throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        defer {
            close(ends[0])
            close(ends[1])
        }
        try body(ends[0])
    }

    @Test("raw mode on a pipe throws, naming why")
    func rawModeNeedsATerminal() throws {
        try withPipe { descriptor in
            #expect(throws: TerminalError(code: ENOTTY)) { try RawMode.enter(descriptor) }
        }
    }

    @Test("a pipe has no size")
    func pipeHasNoSize() throws {
        try withPipe { descriptor in
            #expect(TerminalSize.of(descriptor) == nil)
        }
    }

    @Test("the ending signal prefers SIGTERM, then SIGHUP, then SIGQUIT, and Ctrl-C is none")
    func endingSignalOrder() {
        #expect(TerminalSignals([.quit, .hangup]).endingSignal == SIGHUP)
        #expect(TerminalSignals([.quit, .terminate, .hangup]).endingSignal == SIGTERM)
        #expect(TerminalSignals.quit.endingSignal == SIGQUIT)
        #expect(TerminalSignals([.interrupt, .suspend, .resize]).endingSignal == nil)
    }
}
