import BinaryFormat
import CPrimitives
import Threading

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Connection {
    /// Python's `recv()`: receives the next message and decodes it with ``BinaryCoding`` as `type`.
    ///
    /// Waits for a message to start for at most `timeout` seconds (`nil`, the default, waits for
    /// ever; Python's `recv` has no timeout). Once its header has arrived the rest is read to the
    /// end whatever the timeout, because giving up halfway would leave the stream unusable.
    ///
    /// - Throws: ``EOFError`` when the other end is closed and nothing is left, ``TimeoutError``
    ///   when no message starts in time, ``PipeOSError`` on a closed or send-only end or a message
    ///   cut short, and whatever decoding throws (the message is consumed either way).
    public func recv<T: Decodable>(_ type: T.Type = T.self, timeout: Double? = nil) throws -> T {
        let fd = try descriptorForReceiving()
        let length = try receiveHeader(fd, timeout: timeout)
        return try PageAlignedBuffer.with(byteCount: length) { payload in
            try receivePayload(fd, into: payload)
            let value: T
            do {
                value = try BinaryCoding.decode(T.self, from: UnsafeRawBufferPointer(payload))
            } catch {
                trace.record(.receive(item: nil))
                throw error
            }
            trace.record(.receive(item: PipeItemLabel.value(value)))
            return value
        }
    }

    /// Python's `recv_bytes(maxlength)`: receives the next message as bytes.
    ///
    /// Unlike Python, which leaves an over-long message in the pipe and stops reading from the
    /// end, the message is read and dropped, so the next call receives the next message.
    ///
    /// - Parameters:
    ///   - maxLength: the longest message accepted; `nil` accepts up to ``maximumMessageLength``.
    ///   - timeout: as in ``recv(_:timeout:)``.
    /// - Throws: as ``recv(_:timeout:)``; ``PipeOSError`` `messageExceedsMaxLength` for a message
    ///   longer than `maxLength`, and ``ValueError`` for a negative `maxLength`.
    public func recvBytes(maxLength: Int? = nil, timeout: Double? = nil) throws -> [UInt8] {
        if let maxLength, maxLength < 0 { throw ValueError("negative maxlength") }
        let fd = try descriptorForReceiving()
        let length = try receiveHeader(fd, timeout: timeout)
        if let maxLength, length > maxLength {
            try PageAlignedBuffer.with(byteCount: length) { try receivePayload(fd, into: $0) }
            trace.record(.receive(item: nil))
            throw PipeOSError(
                endpoint: endpoint, reason: .messageExceedsMaxLength(length: length, maximum: maxLength))
        }
        let bytes = try receivePayload(fd, length: length)
        trace.record(.receive(item: bytes.withUnsafeBytes { PipeItemLabel.bytes($0) }))
        return bytes
    }

    /// Python's `recv_bytes_into(buffer)`: receives the next message into `buffer` and returns its
    /// length, without allocating when it fits.
    ///
    /// - Parameter timeout: as in ``recv(_:timeout:)``.
    /// - Throws: as ``recv(_:timeout:)``; ``BufferTooShort``, carrying the whole message and naming
    ///   both sizes, when the message is longer than `buffer`.
    public func recvBytes(into buffer: UnsafeMutableRawBufferPointer, timeout: Double? = nil) throws -> Int {
        let fd = try descriptorForReceiving()
        let length = try receiveHeader(fd, timeout: timeout)
        guard length <= buffer.count else {
            let message = try receivePayload(fd, length: length)
            trace.record(.receive(item: message.withUnsafeBytes { PipeItemLabel.bytes($0) }))
            throw BufferTooShort(endpoint: endpoint, receivedMessage: message, bufferSize: buffer.count)
        }
        let payload = UnsafeMutableRawBufferPointer(rebasing: buffer[..<length])
        try receivePayload(fd, into: payload)
        trace.record(.receive(item: PipeItemLabel.bytes(UnsafeRawBufferPointer(payload))))
        return length
    }

    /// Waits up to `timeout` for a message to start, then reads its header; returns the payload
    /// length it announces.
    private func receiveHeader(_ fd: Int32, timeout: Double?) throws -> Int {
        let deadline = Deadline.after(seconds: timeout)
        if let timeout, isSocket, !trace.isEnabled, timeout >= Self.shortestReceiveTimeout {
            // The read itself is the wait, bounded by the socket's receive timeout: one system
            // call where poll(2) then read(2) took two, and the cheaper sleep of the two.
            try ensureReceiveTimeout(fd, microseconds: Int64(min(timeout, 1e9) * 1e6) + 1)
        } else if trace.isEnabled || deadline != nil {
            guard try waitForMessage(fd, deadline: deadline) else { throw timeoutError(timeout) }
        }
        // Otherwise (untraced, no timeout) the read below is the wait: one system call fewer.
        var header: UInt32 = 0
        let received = try withUnsafeMutableBytes(of: &header) { bytes in
            guard let first = try readMessageStart(fd, into: bytes, until: deadline) else {
                throw timeoutError(timeout)
            }
            // Once a message has started, the rest is read whatever the timeout.
            guard first > 0, first < bytes.count else { return first }
            return try first + readFully(fd, into: UnsafeMutableRawBufferPointer(rebasing: bytes[first...]))
        }
        if received == 0 { throw EOFError("\(endpoint): the other end was closed") }
        guard received == MessageFrame.headerSize else {
            throw PipeOSError(
                endpoint: endpoint,
                reason: .truncatedMessage(expected: MessageFrame.headerSize, received: received))
        }
        let length = MessageFrame.length(header: header)
        guard length <= MessageFrame.maximumLength else {
            throw PipeOSError(endpoint: endpoint, reason: .badMessageLength(length))
        }
        return length
    }

    /// Below this a receive polls instead: SO_RCVTIMEO counts in the kernel's ticks, and 0 means
    /// no timeout at all.
    private static let shortestReceiveTimeout = 0.01

    private func timeoutError(_ timeout: Double?) -> TimeoutError {
        TimeoutError("\(endpoint): no message within \(timeout ?? 0) s")
    }

    /// Sets the socket's receive timeout unless this process last set the same one.
    private func ensureReceiveTimeout(_ fd: Int32, microseconds: Int64) throws(PipeOSError) {
        guard receiveTimeoutSet.load(ordering: .relaxed) != microseconds else { return }
        do throws(SystemCallFailure) {
            try PipeIO.setReceiveTimeout(fd, microseconds: microseconds)
        } catch {
            throw osError(error)
        }
        receiveTimeoutSet.store(microseconds, ordering: .relaxed)
    }

    /// Reads a whole `length`-byte payload into a new array.
    private func receivePayload(_ fd: Int32, length: Int) throws -> [UInt8] {
        guard length > PageAlignedBuffer.stackLimit else {
            // A small message is read into the stack and copied out. The copy costs less than
            // `Array(unsafeUninitializedCapacity:)`, which the standard library does not
            // specialise: it looks up the array's metadata by hash on every call, about half of
            // what a short message cost Spindle beyond its system calls (perf, one CPU).
            return try PageAlignedBuffer.with(byteCount: length) { payload in
                try receivePayload(fd, into: payload)
                return Array(UnsafeRawBufferPointer(payload))
            }
        }
        return try [UInt8](unsafeUninitializedCapacity: length) { buffer, initialized in
            try receivePayload(fd, into: UnsafeMutableRawBufferPointer(buffer))
            initialized = length
        }
    }

    /// Fills `payload` from the stream.
    ///
    /// - Throws: ``PipeOSError`` `truncatedMessage` when the stream ends first.
    private func receivePayload(_ fd: Int32, into payload: UnsafeMutableRawBufferPointer) throws(PipeOSError)
    {
        let received = try readFully(fd, into: payload)
        guard received == payload.count else {
            throw PipeOSError(
                endpoint: endpoint, reason: .truncatedMessage(expected: payload.count, received: received))
        }
    }

    private func readOnce(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, until deadline: Deadline?)
        throws(PipeOSError) -> Int?
    {
        do throws(SystemCallFailure) {
            return try PipeIO.readOnce(fd, into: buffer, until: deadline)
        } catch {
            throw osError(error)
        }
    }

    /// The read a message starts with: a short spin for its first bytes before the read that
    /// may sleep. A process another CPU wakes from sleep is back only once that CPU is awake
    /// too, which on the virtual machine the benchmarks ran on took 30-50 microseconds of each
    /// round trip; `cprim_receive_spinning` says when it spins.
    private func readMessageStart(
        _ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, until deadline: Deadline?
    ) throws(PipeOSError) -> Int? {
        let spun = cprim_receive_spinning(
            fd, isSocket ? 1 : 0, buffer.baseAddress, UInt(buffer.count),
            deadline.map { Int64(clamping: $0.nanoseconds) } ?? -1)
        if spun >= 0 { return spun }
        if spun == -1 { throw osError(SystemCallFailure(call: isSocket ? "recv" : "poll", code: errno)) }
        return try readOnce(fd, into: buffer, until: deadline)
    }

    private func readFully(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) throws(PipeOSError) -> Int
    {
        do throws(SystemCallFailure) {
            return try PipeIO.readFully(fd, into: buffer)
        } catch {
            throw osError(error)
        }
    }
}
