import BinaryFormat
import CPrimitives
import Threading
import Trace

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The tracer's sink in every process of a hosted demo: events go down a pipe to the recorder
/// in the tutor, each as one frame.
///
/// Frame: 4-byte length, 8-byte time stamp, then the event's actor, kind and note encoded with
/// ``BinaryCoding``. The time is read and the frame written while holding the process tree's
/// trace lock, so the pipe's order is time order across all processes; a frame never exceeds
/// `PIPE_BUF`, so even a process killed mid-write cannot leave half a frame. Events are encoded
/// before the lock is taken, which keeps the critical section to a clock read and one write.
/// A pipe keeps what was written after the writer exits, so a child's last events arrive even
/// when it exits right after them.
final class ForwardingTraceSink: TraceSink, @unchecked Sendable {
    // Immutable after init; the tree's page and the pipe are shared by design.
    private let tree: ProcessTree
    private let fd: Int32

    init(tree: ProcessTree, fd: Int32) {
        self.tree = tree
        self.fd = fd
    }

    package func record(actor: ActorID, kind: consuming TraceEvent.Kind, note: consuming String?) {
        let frame = TraceFrame.encode(ForwardedEvent(actor: actor, kind: kind, note: note))
        tree.withTraceLock { write(frame) }
    }

    /// Forks with the trace lock held, and records the child's declaration before letting go.
    ///
    /// The lock word is shared, so the child's first event waits until the parent has
    /// declared it: the trace never shows a process doing something before it exists, and a
    /// child killed at once still appears, declared, with its pid.
    func fork(declaring child: @escaping (Int32) -> TraceActor, by parent: ActorID) -> Int32 {
        tree.lockTrace()
        let pid = cprim_fork(0)
        if pid == 0 { return 0 }
        if pid > 0 {
            write(
                TraceFrame.encode(ForwardedEvent(actor: parent, kind: .declareActor(child(pid)), note: nil)))
        }
        tree.unlockTrace()
        return pid
    }

    private func write(_ encoded: [UInt8]) {
        var frame = encoded
        TraceFrame.stamp(&frame, time: MonotonicClock.now())
        // A failed write means the tutor stopped listening; the demo goes on untraced.
        _ = FileDescriptorIO.writeAll(fd, frame)
    }

    func nextActorID() -> ActorID {
        ActorID(tree.nextActorID())
    }

    func nextResourceID() -> ResourceID {
        ResourceID(tree.nextResourceID())
    }
}

/// An event as it crosses the pipe; the time travels in the frame header.
struct ForwardedEvent: Codable, Sendable {
    var actor: ActorID
    var kind: TraceEvent.Kind
    var note: String?
}

/// The trace pipe's framing, shared by the writing and the reading side.
enum TraceFrame {
    /// Length and time stamp.
    static let headerSize = 12
    /// A frame this size or smaller is written atomically by the kernel.
    static let maximumSize = 4096

    /// Encodes `event` into a frame whose time is still to be stamped; an event too big for one
    /// atomic frame loses its note first, then is replaced by a note saying it was too big.
    static func encode(_ event: ForwardedEvent) -> [UInt8] {
        if let frame = frame(for: event) { return frame }
        var shortened = event
        shortened.note = nil
        if let frame = frame(for: shortened) { return frame }
        let placeholder = ForwardedEvent(
            actor: event.actor, kind: .note("an event was too large to forward from a child process"),
            note: nil)
        return frame(for: placeholder) ?? []
    }

    private static func frame(for event: ForwardedEvent) -> [UInt8]? {
        var frame = [UInt8](repeating: 0, count: headerSize)
        frame.reserveCapacity(256)
        guard (try? BinaryCoding.encode(event, into: &frame)) != nil, frame.count <= maximumSize else {
            return nil
        }
        writeLittleEndian(UInt32(frame.count - 4), into: &frame, at: 0)
        return frame
    }

    /// Writes the time stamp into a frame made by ``encode(_:)``.
    static func stamp(_ frame: inout [UInt8], time: UInt64) {
        guard frame.count >= headerSize else { return }
        writeLittleEndian(time, into: &frame, at: 4)
    }

    private static func writeLittleEndian<T: FixedWidthInteger>(
        _ value: T, into bytes: inout [UInt8], at offset: Int
    ) {
        withUnsafeBytes(of: value.littleEndian) { source in
            for index in 0..<source.count { bytes[offset + index] = source[index] }
        }
    }

    /// Splits complete frames off the front of `buffer`, leaving a partial frame in place.
    static func decodeFrames(from buffer: inout [UInt8]) -> [TraceEvent] {
        var events: [TraceEvent] = []
        var offset = 0
        while buffer.count - offset >= headerSize {
            let length = Int(readLittleEndian(UInt32.self, buffer, at: offset))
            guard length >= headerSize - 4, buffer.count - offset >= length + 4 else { break }
            let time = readLittleEndian(UInt64.self, buffer, at: offset + 4)
            let payload = buffer[(offset + headerSize)..<(offset + 4 + length)]
            if let event = payload.withUnsafeBytes({ try? BinaryCoding.decode(ForwardedEvent.self, from: $0) }
            ) {
                events.append(TraceEvent(time: time, actor: event.actor, kind: event.kind, note: event.note))
            }
            offset += 4 + length
        }
        buffer.removeFirst(offset)
        return events
    }

    private static func readLittleEndian<T: FixedWidthInteger>(_: T.Type, _ bytes: [UInt8], at offset: Int)
        -> T
    {
        var value = T.zero
        withUnsafeMutableBytes(of: &value) { target in
            for index in 0..<target.count { target[index] = bytes[offset + index] }
        }
        return T(littleEndian: value)
    }
}
