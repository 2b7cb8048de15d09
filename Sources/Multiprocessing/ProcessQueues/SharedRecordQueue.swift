import Threading
import Trace

/// A ``SharedByteRing`` with the tracing every queue of byte records needs: the queue is a
/// resource of the trace, callers show as waiting when it is empty or full, and each record
/// put or got appears with a label.
///
/// ``ProcessQueue`` and ``ProcessPool`` are both built on it.
struct SharedRecordQueue: @unchecked Sendable {
    // `ring` synchronises itself; `trace` is immutable.
    let ring: SharedByteRing
    let trace: ThreadingTrace

    init(bufferBytes: Int, maxItems: Int, name: String?, tracer: Tracer) throws(SharedMemoryError) {
        ring = try SharedByteRing(capacity: bufferBytes, maxItems: maxItems)
        trace = ThreadingTrace(
            kind: .queue, name: name, capacity: maxItems > 0 ? maxItems : nil, tracer: tracer)
    }

    /// Whether a record of `size` bytes can ever fit.
    func fits(_ size: Int) -> Bool {
        size + SharedByteRing.prefixSize <= ring.capacity
    }

    /// Puts `record`; false when it would block (`block` false) or `timeout` passed.
    func put(
        _ record: UnsafeRawBufferPointer, block: Bool, timeout: Double?, label: @autoclosure () -> String
    ) -> Bool {
        var waited = false
        let outcome = ring.put(
            record, block: block, timeout: timeout,
            willWait: {
                waited = true
                trace.transition(.waiting(.queue(trace.resource, .full)))
            },
            done: {
                // Before a consumer can see the item, so the stage never sees a get before its put.
                if waited { trace.transition(.running) }
                if trace.isEnabled { trace.record(.put(item: label())) }
            })
        if waited && outcome != .ready { trace.transition(.running) }
        return outcome == .ready
    }

    /// Puts `record`; false when it would block (`block` false) or `timeout` passed.
    func put(_ record: [UInt8], block: Bool, timeout: Double?, label: @autoclosure () -> String) -> Bool {
        record.withUnsafeBytes { put($0, block: block, timeout: timeout, label: label()) }
    }

    /// Takes the oldest record; false when none came (`block` false, or `timeout`). `receive`
    /// copies it where the caller wants it (see ``SharedByteRing/get(block:timeout:willWait:receive:done:)``);
    /// `label` is asked for the record's label afterwards, only when tracing is on.
    func get(
        block: Bool, timeout: Double?,
        receive: (_ size: Int, _ copy: (UnsafeMutableRawBufferPointer) -> Void) -> Void, label: () -> String
    ) -> Bool {
        var waitOpen = false
        let got = get(block: block, timeout: timeout, waitOpen: &waitOpen, receive: receive, label: label)
        endWait(&waitOpen)
        return got
    }

    /// As ``get(block:timeout:receive:label:)``, for a caller that waits in slices (checking
    /// other things between them) and should show as one wait, not a wait per slice: a wait the
    /// trace shows as begun is left open when nothing came (`waitOpen` true), continued by the
    /// next call, and ended when a record comes or the caller calls ``endWait(_:)``.
    func get(
        block: Bool, timeout: Double?, waitOpen: inout Bool,
        receive: (_ size: Int, _ copy: (UnsafeMutableRawBufferPointer) -> Void) -> Void, label: () -> String
    ) -> Bool {
        var open = waitOpen
        let outcome = ring.get(
            block: block, timeout: timeout,
            willWait: {
                guard !open else { return }
                open = true
                trace.transition(.waiting(.queue(trace.resource, .empty)))
            }, receive: receive,
            done: {
                // Before the item's room is handed back, so the stage never sees a get after the put
                // that reused its room.
                if open { trace.transition(.running) }
                open = false
                if trace.isEnabled { trace.record(.get(item: label())) }
            })
        waitOpen = open
        return outcome == .ready
    }

    /// Ends a wait that ``get(block:timeout:waitOpen:receive:label:)`` left open.
    func endWait(_ waitOpen: inout Bool) {
        if waitOpen { trace.transition(.running) }
        waitOpen = false
    }

    /// Takes the oldest record into `buffer`, replacing its contents; as ``get(block:timeout:receive:label:)``.
    func get(into buffer: inout [UInt8], block: Bool, timeout: Double?, label: ([UInt8]) -> String) -> Bool {
        var waitOpen = false
        let got = get(into: &buffer, block: block, timeout: timeout, waitOpen: &waitOpen, label: label)
        endWait(&waitOpen)
        return got
    }

    /// As ``get(into:block:timeout:label:)``, waiting in slices as ``get(block:timeout:waitOpen:receive:label:)``.
    func get(
        into buffer: inout [UInt8], block: Bool, timeout: Double?, waitOpen: inout Bool,
        label: ([UInt8]) -> String
    ) -> Bool {
        get(
            block: block, timeout: timeout, waitOpen: &waitOpen,
            receive: { size, copy in
                guard buffer.capacity >= size else {
                    buffer = [UInt8](unsafeUninitializedCapacity: size) { storage, initialized in
                        copy(UnsafeMutableRawBufferPointer(storage))
                        initialized = size
                    }
                    return
                }
                // Reuses the buffer's storage: a new array for each record made a pool worker
                // fault its pages in again for every chunk it took.
                if buffer.count > size {
                    buffer.removeLast(buffer.count - size)
                } else {
                    buffer.append(contentsOf: repeatElement(0, count: size - buffer.count))
                }
                buffer.withUnsafeMutableBytes { copy($0) }
            }, label: { label(buffer) })
    }
}
