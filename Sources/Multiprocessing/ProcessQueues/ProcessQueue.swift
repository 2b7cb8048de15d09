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
/// A process killed while it holds one of the queue's two internal locks (for the microsecond a
/// copy takes) leaves the queue unusable, as Python's documentation warns for its queues; waits
/// with a timeout still return.
public final class ProcessQueue<Element: Codable>: @unchecked Sendable {
    // `records` is shared memory with its own locking; `closedHere` is per process, as
    // Python's `close()` is, and only changes through `close()`.
    private let records: SharedRecordQueue
    private var closedHere = false
    /// Plain values (integers, floating point, structs of them) are copied byte for byte: both
    /// sides are the same program, so the bytes mean the same, and no encoding is needed.
    /// Worked out once, because this generic code runs unspecialised, where asking about
    /// `Element` costs a runtime lookup.
    private let itemsTravelAsRawBytes = _isPOD(Element.self) && MemoryLayout<Element>.size > 0

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
        guard itemsTravelAsRawBytes else { return try putEncoded(item, block: block, timeout: timeout) }
        var copy = item
        let sent = withUnsafeBytes(of: &copy) {
            records.put($0, block: block, timeout: timeout, label: queueItemLabel(item))
        }
        guard sent else { throw QueueFull() }
    }

    private func putEncoded(_ item: Element, block: Bool, timeout: Double?) throws {
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

    /// Python's `get(block=True, timeout=None)`.
    ///
    /// - Throws: ``QueueEmpty`` when nothing arrives in time (or at once, with `block` false);
    ///   ``ValueError`` after ``close()``.
    public func get(block: Bool = true, timeout: Double? = nil) throws -> Element {
        guard !closedHere else { throw ValueError("Queue is closed") }
        return try itemsTravelAsRawBytes
            ? getRaw(block: block, timeout: timeout) : getEncoded(block: block, timeout: timeout)
    }

    private func getEncoded(block: Bool, timeout: Double?) throws -> Element {
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
        // Untyped memory, deliberately: in this unspecialised generic code a typed or generic
        // temporary cost runtime metadata lookups (for a pointer or a Result of Element) on
        // every item. Small items land in a buffer on the stack; larger ones on the heap.
        guard MemoryLayout<Element>.size <= MemoryLayout<SmallItemBuffer>.size,
            MemoryLayout<Element>.alignment <= MemoryLayout<SmallItemBuffer>.alignment
        else {
            let storage = UnsafeMutableRawBufferPointer.allocate(
                byteCount: MemoryLayout<Element>.size, alignment: MemoryLayout<Element>.alignment)
            defer { storage.deallocate() }
            return try getRaw(into: storage, block: block, timeout: timeout)
        }
        var buffer = SmallItemBuffer(0, 0, 0, 0)
        return try withUnsafeMutableBytes(of: &buffer) { bytes in
            try getRaw(
                into: UnsafeMutableRawBufferPointer(rebasing: bytes[..<MemoryLayout<Element>.size]),
                block: block, timeout: timeout)
        }
    }

    /// Room on the stack for a plain item of up to 32 bytes.
    private typealias SmallItemBuffer = (UInt64, UInt64, UInt64, UInt64)

    private func getRaw(into storage: UnsafeMutableRawBufferPointer, block: Bool, timeout: Double?) throws
        -> Element
    {
        var filled = false
        let received = records.get(
            block: block, timeout: timeout,
            receive: { size, copy in
                guard size == storage.count else { return }
                copy(storage)
                filled = true
            }, label: { filled ? queueItemLabel(storage.load(as: Element.self)) : "?" })
        guard received else { throw QueueEmpty() }
        guard filled else { throw ValueError("a queued item had the wrong size for \(Element.self)") }
        return storage.load(as: Element.self)
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
