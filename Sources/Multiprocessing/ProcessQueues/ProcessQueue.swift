import BinaryFormat
import Threading
import Trace

/// Python's `multiprocessing.Queue`: a FIFO that many producer and consumer processes share.
///
/// Create it before forking; every process that inherits it can `put` and `get`. Items are
/// `Codable` and travel encoded with ``BinaryCoding`` (Python pickles them). Unlike Python's,
/// no feeder thread is involved: ``put(_:block:timeout:)`` copies the item into shared memory
/// before it returns, so an item is never lost when the producer exits right after putting it,
/// and a process using the queue may still fork.
///
/// Capacity: `maxsize` items (0 means no limit, as in Python) and, in any case, `bufferBytes`
/// of encoded items; a `put` that finds either full waits, like a Python `put` whose pipe is full.
///
/// A process killed while it holds the queue's internal lock (for the microsecond a copy takes)
/// leaves the queue unusable, as Python's documentation warns for its queues; waits with a
/// timeout still return.
public final class ProcessQueue<Element: Codable>: @unchecked Sendable {
    // `records` is shared memory with its own locking; `closedHere` is per process, as
    // Python's `close()` is, and only changes through `close()`.
    private let records: SharedRecordQueue
    private var closedHere = false

    /// The default room for encoded items: enough for tens of thousands of small items.
    public static var defaultBufferBytes: Int { 1 << 20 }

    /// Python's `Queue(maxsize=0)`.
    ///
    /// - Throws: ``ValueError`` for a negative size or a buffer under 64 bytes; ``SharedMemoryError``
    ///   when the memory cannot be mapped.
    public init(
        maxsize: Int = 0, bufferBytes: Int = ProcessQueue.defaultBufferBytes, name: String? = nil,
        tracer: Tracer = TraceContext.tracer
    ) throws {
        guard maxsize >= 0 else { throw ValueError("maxsize must be 0 (no limit) or more, not \(maxsize)") }
        guard bufferBytes >= 64 else {
            throw ValueError("bufferBytes must be at least 64, not \(bufferBytes)")
        }
        records = try SharedRecordQueue(
            bufferBytes: bufferBytes, maxItems: maxsize, name: name, tracer: tracer)
    }

    /// Python's `put(obj, block=True, timeout=None)`.
    ///
    /// - Throws: ``QueueFull`` when it would block and `block` is false, or when `timeout`
    ///   seconds pass; ``ValueError`` after ``close()`` or for an item bigger than the buffer.
    public func put(_ item: Element, block: Bool = true, timeout: Double? = nil) throws {
        guard !closedHere else { throw ValueError("Queue is closed") }
        if Self.travelsAsRawBytes {
            var copy = item
            let sent = withUnsafeBytes(of: &copy) {
                records.put($0, block: block, timeout: timeout, label: queueItemLabel(item))
            }
            guard sent else { throw QueueFull() }
            return
        }
        var encoded: [UInt8] = []
        try BinaryCoding.encode(item, into: &encoded)
        guard records.fits(encoded.count) else {
            throw ValueError(
                "an item of \(encoded.count) bytes does not fit in this queue's "
                    + "\(records.ring.capacity)-byte buffer")
        }
        guard records.put(encoded, block: block, timeout: timeout, label: queueItemLabel(item)) else {
            throw QueueFull()
        }
    }

    /// Plain values (integers, floating point, structs of them) are copied byte for byte: both
    /// sides are the same program, so the bytes mean the same, and no encoding is needed.
    private static var travelsAsRawBytes: Bool {
        _isPOD(Element.self) && MemoryLayout<Element>.size > 0
    }

    /// Python's `get(block=True, timeout=None)`.
    ///
    /// - Throws: ``QueueEmpty`` when nothing arrives in time (or at once, with `block` false);
    ///   ``ValueError`` after ``close()``.
    public func get(block: Bool = true, timeout: Double? = nil) throws -> Element {
        guard !closedHere else { throw ValueError("Queue is closed") }
        if Self.travelsAsRawBytes { return try getRaw(block: block, timeout: timeout) }
        var buffer: [UInt8] = []
        var decoded: Element?
        let received = records.get(into: &buffer, block: block, timeout: timeout) { bytes in
            decoded = try? BinaryCoding.decode(Element.self, from: bytes)
            return decoded.map(queueItemLabel) ?? "?"
        }
        guard received else { throw QueueEmpty() }
        if let decoded { return decoded }
        return try BinaryCoding.decode(Element.self, from: buffer)
    }

    private func getRaw(block: Bool, timeout: Double?) throws -> Element {
        try withUnsafeTemporaryAllocation(of: Element.self, capacity: 1) { storage in
            let value = storage.baseAddress!
            var filled = false
            let received = records.get(
                block: block, timeout: timeout,
                receive: { size, copy in
                    guard size == MemoryLayout<Element>.size else { return }
                    copy(UnsafeMutableRawBufferPointer(start: value, count: size))
                    filled = true
                }, label: { filled ? queueItemLabel(value.pointee) : "?" })
            guard received else { throw QueueEmpty() }
            guard filled else { throw ValueError("a queued item had the wrong size for \(Element.self)") }
            return value.move()
        }
    }

    /// Python's `put_nowait(obj)`.
    public func putNowait(_ item: Element) throws {
        try put(item, block: false)
    }

    /// Python's `get_nowait()`.
    public func getNowait() throws -> Element {
        try get(block: false)
    }

    /// Python's `qsize()`: approximate, since other processes change it at any moment.
    public func qsize() -> Int {
        records.ring.count
    }

    /// Python's `empty()`: approximate, like ``qsize()``.
    public func empty() -> Bool {
        records.ring.count == 0
    }

    /// Python's `full()`: approximate; only a `maxsize` queue can be full by count.
    public func full() -> Bool {
        records.ring.maxItems > 0 && records.ring.count >= records.ring.maxItems
    }

    /// Python's `close()`: this process will use the queue no more; others are unaffected.
    public func close() {
        closedHere = true
    }
}
