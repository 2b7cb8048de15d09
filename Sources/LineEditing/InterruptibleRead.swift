import Terminal

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one read from a terminal produced.
enum InterruptibleRead: Equatable {
    /// `read(2)`'s result: a byte count, 0 at the end of input, or -1 with `errno` set.
    case bytes(Int)
    /// Ctrl-C.
    case interrupted
    /// SIGTERM, SIGHUP or SIGQUIT: the caller should end the process by `signal`.
    case terminated(signal: Int32)

    /// Reads `buffer.count` bytes at most from the terminal on `descriptor`, ended early by
    /// Ctrl-C, SIGTERM, SIGHUP or SIGQUIT. Ctrl-Z stops the process and reading goes on after
    /// `fg`. The signals are caught only during the call; without a window (no pipe to be had)
    /// this is a plain read.
    static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> InterruptibleRead {
        guard let window = try? SignalWindow.open() else {
            return .bytes(systemRead(descriptor, buffer))
        }
        defer { window.close() }
        while true {
            let signals = window.takeSignals()
            if let ending = signals.endingSignal { return .terminated(signal: ending) }
            if signals.contains(.interrupt) { return .interrupted }
            if signals.contains(.suspend) { window.stopProcess() }
            // A signal that came with the input is taken first: Ctrl-C then Enter is a Ctrl-C.
            guard window.wait(for: descriptor, milliseconds: nil) == .input else { continue }
            let count = systemRead(descriptor, buffer)
            if count < 0 && errno == EINTR { continue }
            return .bytes(count)
        }
    }

    private static func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawBufferPointer) -> Int {
        #if canImport(Glibc)
        Glibc.read(descriptor, buffer.baseAddress, buffer.count)
        #else
        Darwin.read(descriptor, buffer.baseAddress, buffer.count)
        #endif
    }
}
