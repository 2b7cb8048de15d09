import Trace

@testable import Threading

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A value the pipe tests send as a `Codable` message.
struct PipeTestRecord: Codable, Equatable, Sendable {
    var id: Int
    var name: String
    var scores: [Double]
}

/// `count` bytes whose values depend on their position (with a period of 65521, a prime, so no
/// power-of-two shift lines up) and on `seed`, so that a reordered, shifted or foreign chunk
/// cannot pass for the original. Built by repeating one period, which stays fast in debug builds.
func pipeTestPattern(count: Int, seed: Int = 0) -> [UInt8] {
    let period = (0..<min(count, 65_521)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8 &+ seed) }
    var pattern: [UInt8] = []
    pattern.reserveCapacity(count)
    while pattern.count < count {
        pattern += period.prefix(count - pattern.count)
    }
    return pattern
}

/// Starts an untraced thread running `body`; the caller joins it and checks ``Thread/error``.
func pipeTestThread(_ body: @escaping @Sendable () throws -> Void) throws -> Threading.Thread {
    let thread = Threading.Thread(tracer: .disabled, target: body)
    try thread.start()
    return thread
}

/// Writes `bytes` straight to `fd`, bypassing the framing, to forge broken streams.
func pipeTestWriteRaw(_ fd: Int32, _ bytes: [UInt8]) {
    let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    precondition(written == bytes.count, "raw write of \(bytes.count) bytes wrote \(written)")
}

/// The 4-byte little-endian header announcing `length` bytes, as a connection writes it.
func pipeTestHeader(_ length: UInt32) -> [UInt8] {
    withUnsafeBytes(of: length.littleEndian) { Array($0) }
}
