import Threading
import Trace

/// Python's `multiprocessing.Array` (and, with `lock: false`, `multiprocessing.RawArray`): a fixed
/// number of values of a plain type in `MAP_SHARED` memory, shared with processes forked after
/// its creation.
///
/// With `lock: true`, as in Python, the array comes with its own ``ProcessRLock`` and each
/// subscript read or write takes it, which makes single accesses whole but not `a[i] += 1` (see
/// ``SharedValue`` for why); hold the lock across an update with ``withLock(_:)``. With
/// `lock: false` every access is a plain, unsynchronised load or store of shared memory.
///
/// Differences from Python: an index outside `0..<count` stops the program, as a Swift `Array`
/// does, where Python raises `IndexError` (and counts negative indices from the end). With
/// tracing on, reads and writes are recorded without their values, since the stage shows one
/// value per resource and an array has many.
public final class SharedArray<T: BitwiseCopyable>: @unchecked Sendable {
    // Unchecked because `elements` points into memory other processes write too, beyond any
    // checking: with a lock every access holds it, without one the race is the point, as for
    // `SharedValue`.
    private let memory: SharedMemory
    private let elements: UnsafeMutablePointer<T>
    private let lock: ProcessRLock?
    /// `lock`'s core, which the accessors use so that taking the lock costs no reference counting;
    /// `lock` keeps the memory it points into mapped.
    private let lockCore: ProcessRLockCore?
    let trace: ThreadingTrace

    /// The number of elements, fixed at creation (Python's `len(array)`).
    public let count: Int

    /// Python's `Array(typecode, initializer, lock=True)` (or `RawArray` with `lock: false`): an
    /// array holding a copy of `initial`, declared to `tracer` as a resource of kind
    /// `sharedMemory` named `name`.
    ///
    /// - Throws: ``SharedMemoryError`` when the system cannot map shared memory.
    public init(
        _ initial: [T], lock: Bool = true, name: String? = nil, tracer: Tracer = TraceContext.tracer
    ) throws(SharedMemoryError) {
        var layout = SharedMemoryLayout()
        let elementsSlot = layout.reserve(T.self, count: initial.count)
        memory = try SharedMemory(layout)
        elements = memory.pointer(to: elementsSlot)
        _ = UnsafeMutableBufferPointer(start: elements, count: initial.count).initialize(from: initial)
        count = initial.count
        self.lock = lock ? try ProcessRLock(name: name.map { "\($0).lock" }, tracer: tracer) : nil
        lockCore = self.lock?.core
        trace = ThreadingTrace(kind: .sharedMemory, name: name, tracer: tracer)
    }

    /// Python's `Array(typecode, size)` filled with `element` rather than zeros.
    ///
    /// - Throws: ``SharedMemoryError`` when the system cannot map shared memory.
    public convenience init(
        repeating element: T, count: Int, lock: Bool = true, name: String? = nil,
        tracer: Tracer = TraceContext.tracer
    ) throws(SharedMemoryError) {
        try self.init(Array(repeating: element, count: count), lock: lock, name: name, tracer: tracer)
    }

    /// Python's `array[index]`: reads or writes one element, each access taking the lock if there
    /// is one. `index` must be in `0..<count`.
    public subscript(index: Int) -> T {
        get {
            checkIndex(index)
            guard let lockCore else { return load(index) }
            return lockCore.withLock { load(index) }
        }
        set {
            checkIndex(index)
            guard let lockCore else { return store(newValue, at: index) }
            lockCore.withLock { store(newValue, at: index) }
        }
    }

    /// Python's `get_lock()`: the lock that guards the elements.
    ///
    /// An array made with `lock: false` has none (Python's `RawArray` has no `get_lock()`);
    /// asking for it stops the program with a message saying so.
    public func getLock() -> ProcessRLock {
        guard let lock else { preconditionFailure(Self.noLockMessage) }
        return lock
    }

    private static var noLockMessage: String {
        "a SharedArray made with lock: false has no lock (like Python's RawArray)"
    }

    /// The core of the lock, for holding it around an update; stops the program if there is none.
    private var requiredLockCore: ProcessRLockCore {
        guard let lockCore else { preconditionFailure(Self.noLockMessage) }
        return lockCore
    }

    /// Python's `with array.get_lock():` around an update: runs `body` on the elements, in place,
    /// while holding the lock. The buffer must not be used after `body` returns.
    ///
    /// An array made with `lock: false` has no lock to hold; calling this stops the program with
    /// a message saying so.
    public func withLock<Result>(_ body: (UnsafeMutableBufferPointer<T>) throws -> Result) rethrows -> Result
    {
        try requiredLockCore.withLock {
            trace.record(.read(value: nil))
            defer { trace.record(.write(value: nil)) }
            return try body(UnsafeMutableBufferPointer(start: elements, count: count))
        }
    }

    /// Python's `array[:]`: a copy of every element, taken in one go under the lock if there is one.
    public func toArray() -> [T] {
        guard let lockCore else { return copyElements() }
        return lockCore.withLock { copyElements() }
    }

    private func checkIndex(_ index: Int) {
        precondition(index >= 0 && index < count, "SharedArray index \(index) is out of range 0..<\(count)")
    }

    private func load(_ index: Int) -> T {
        trace.record(.read(value: nil))
        return elements[index]
    }

    private func store(_ newValue: T, at index: Int) {
        elements[index] = newValue
        trace.record(.write(value: nil))
    }

    private func copyElements() -> [T] {
        trace.record(.read(value: nil))
        return Array(UnsafeBufferPointer(start: elements, count: count))
    }
}
