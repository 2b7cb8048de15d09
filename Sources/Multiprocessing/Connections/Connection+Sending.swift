import BinaryFormat
import Threading

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Connection {
    /// Python's `send(obj)`: sends `value` encoded with ``BinaryCoding`` as one message.
    ///
    /// Blocks while the pipe is full, until the receiver makes room; with tracing on that wait
    /// shows the caller waiting on the pipe.
    ///
    /// - Throws: ``PipeOSError`` on a closed or receive-only end, ``BrokenPipeError`` once the
    ///   other end is closed, ``ValueError`` for a value that encodes to more than
    ///   ``maximumMessageLength`` bytes, and whatever encoding throws.
    public func send<T: Encodable>(_ value: T) throws {
        _ = try descriptorForSending()
        let payload = try BinaryCoding.encode(value)
        try payload.withUnsafeBytes { try transmit($0, item: PipeItemLabel.value(value)) }
    }

    /// Python's `send_bytes(buf)`: sends `bytes` as one message, which the receiver gets whole
    /// from ``recvBytes(maxLength:timeout:)``.
    ///
    /// - Throws: as ``send(_:)``.
    public func sendBytes(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try sendBytes($0) }
    }

    /// Python's `send_bytes(buf)` for memory the caller already holds, sent without a copy.
    ///
    /// - Throws: as ``send(_:)``.
    public func sendBytes(_ bytes: UnsafeRawBufferPointer) throws {
        try transmit(bytes, item: PipeItemLabel.bytes(bytes))
    }

    /// Frames and writes `payload`, recording the send as `item`.
    ///
    /// The send is recorded just before the write, once any wait for room is over: the receiver
    /// reports its receive after its read returns, so the trace always has the chunk in the pipe
    /// before it leaves.
    private func transmit(_ payload: UnsafeRawBufferPointer, item: @autoclosure () -> String) throws {
        let fd = try descriptorForSending()
        guard payload.count <= MessageFrame.maximumLength else {
            throw ValueError(
                "\(endpoint): a \(payload.count)-byte message is larger than the "
                    + "\(MessageFrame.maximumLength)-byte limit")
        }
        if trace.isEnabled {
            _ = try wait(fd, for: PipeIO.writableEvents, until: nil)
            trace.record(.send(item: item()))
        }
        let header = MessageFrame.header(length: payload.count)
        do throws(SystemCallFailure) {
            try withUnsafeBytes(of: header) { (head) throws(SystemCallFailure) in
                if head.count + payload.count <= PageAlignedBuffer.stackLimit {
                    // One contiguous frame, one plain write, as Python sends up to 16 KiB; here
                    // only up to 1 KiB, since the copy grows with the message.
                    try withUnsafeTemporaryAllocation(byteCount: head.count + payload.count, alignment: 16) {
                        (frame) throws(SystemCallFailure) in
                        frame.copyMemory(from: head)
                        UnsafeMutableRawBufferPointer(rebasing: frame[head.count...]).copyMemory(
                            from: payload)
                        try PipeIO.writeAll(fd, isSocket: isSocket, UnsafeRawBufferPointer(frame))
                    }
                } else if isSocket || head.count + payload.count <= RawPipe.atomicWriteLimit {
                    try PipeIO.writeAll(fd, isSocket: isSocket, head: head, body: payload)
                } else {
                    // pipe(2) appends the first (length mod 4096) bytes of a write to its last
                    // page and copies the rest into fresh pages from offset 0. Written apart from
                    // its header, a payload's bulk therefore sits at the same page offset as in a
                    // page-aligned receive buffer, and the kernel's copies run 20-40 % faster
                    // (measured). A message this large is not atomic either way; Python too
                    // writes the header apart above 16 KiB.
                    try PipeIO.writeAll(fd, isSocket: false, head)
                    try PipeIO.writeAll(fd, isSocket: false, payload)
                }
            }
        } catch {
            throw sendError(error)
        }
    }

    /// What a failed write means to a Python programmer: a vanished receiver is a broken pipe.
    private func sendError(_ failure: SystemCallFailure) -> any Error {
        if failure.code == EPIPE || failure.code == ECONNRESET {
            return BrokenPipeError("\(endpoint): the other end was closed")
        }
        return osError(failure)
    }
}
