import Threading
import Trace

/// Python's `multiprocessing.Value` (and, with `lock: false`, `multiprocessing.RawValue`): one
/// value of a plain type in `MAP_SHARED` memory, shared with processes forked after its creation.
///
/// With `lock: true`, as in Python, the value comes with its own ``ProcessRLock``, and the
/// ``value`` getter and setter *each* take it. That makes every single read and write whole, but
/// it does **not** make `counter.value += 1` safe, a common myth: the getter takes the lock,
/// reads, releases; the setter takes it again and writes, so another process can slip its own
/// increment in between and one of the two is lost. Hold the lock across the whole update
/// instead, with ``withLock(_:)`` (`counter.withLock { $0 += 1 }`) or, as in Python,
/// `counter.getLock().withLock { counter.value += 1 }` (the lock is reentrant, so the accessors
/// inside may take it again).
///
/// With `lock: false` there is no lock: ``value`` is a plain load or store through the pointer
/// into the mapping, a deliberate data race between processes (and threads) for the lost-update
/// demo. Swift promises nothing about racing accesses beyond what the hardware does with them, so
/// never spin on a raw value waiting for another process to change it; use a ``ProcessEvent``.
///
/// With tracing on, the value is a resource of kind `sharedMemory` whose reads and writes are
/// recorded with the value when `T` is an integer type; the lock reports under a resource of its
/// own, named after the value.
public final class SharedValue<T: BitwiseCopyable>: @unchecked Sendable {
    // Unchecked because `storage` points into memory other processes write too, beyond any
    // checking: with a lock every access holds it, without one the race is the point (see above).
    private let memory: SharedMemory
    private let storage: UnsafeMutablePointer<T>
    private let lock: ProcessRLock?
    /// `lock`'s core, which the accessors use so that taking the lock costs no reference counting;
    /// `lock` keeps the memory it points into mapped.
    private let lockCore: ProcessRLockCore?
    let trace: ThreadingTrace

    /// Python's `Value(typecode, initial, lock=True)` (or `RawValue(typecode, initial)` with
    /// `lock: false`), declared to `tracer` as a resource of kind `sharedMemory` named `name`.
    ///
    /// - Throws: ``SharedMemoryError`` when the system cannot map shared memory.
    public init(
        _ initial: T, lock: Bool = true, name: String? = nil, tracer: Tracer = TraceContext.tracer
    ) throws(SharedMemoryError) {
        var layout = SharedMemoryLayout()
        let valueSlot = layout.reserve(T.self)
        memory = try SharedMemory(layout)
        storage = memory.pointer(to: valueSlot)
        storage.initialize(to: initial)
        self.lock = lock ? try ProcessRLock(name: name.map { "\($0).lock" }, tracer: tracer) : nil
        lockCore = self.lock?.core
        trace = ThreadingTrace(kind: .sharedMemory, name: name, tracer: tracer)
    }

    /// Python's `value` attribute. With a lock, the getter and the setter each take it, so a
    /// read-modify-write such as `+= 1` is still a race; see the type's documentation.
    public var value: T {
        get {
            guard let lockCore else { return load() }
            return lockCore.withLock { load() }
        }
        set {
            guard let lockCore else { return store(newValue) }
            lockCore.withLock { store(newValue) }
        }
    }

    /// Python's `get_lock()`: the lock that guards the value.
    ///
    /// A value made with `lock: false` has none (Python's `RawValue` has no `get_lock()` and
    /// raises `AttributeError`); asking for it stops the program with a message saying so.
    public func getLock() -> ProcessRLock {
        guard let lock else { preconditionFailure(Self.noLockMessage) }
        return lock
    }

    private static var noLockMessage: String {
        "a SharedValue made with lock: false has no lock (like Python's RawValue)"
    }

    /// The core of the lock, for holding it around an update; stops the program if there is none.
    private var requiredLockCore: ProcessRLockCore {
        guard let lockCore else { preconditionFailure(Self.noLockMessage) }
        return lockCore
    }

    /// Python's `with v.get_lock():` around an update: runs `body` on the value while holding the
    /// lock, so a read-modify-write such as `{ $0 += 1 }` loses nothing, even across processes.
    ///
    /// A value made with `lock: false` has no lock to hold; calling this stops the program with a
    /// message saying so.
    public func withLock<Result>(_ body: (inout T) throws -> Result) rethrows -> Result {
        try requiredLockCore.withLock {
            guard trace.isEnabled else { return try body(&storage.pointee) }
            return try tracedUpdate(body)
        }
    }

    private func load() -> T {
        let current = storage.pointee
        trace.recordRead(current)
        return current
    }

    private func store(_ newValue: T) {
        storage.pointee = newValue
        trace.recordWrite(newValue)
    }

    /// Runs `body` on the value, recording the read it starts from and the write it makes, if any.
    private func tracedUpdate<Result>(_ body: (inout T) throws -> Result) rethrows -> Result {
        let before = storage.pointee
        trace.recordRead(before)
        defer {
            let after = storage.pointee
            let changed = withUnsafeBytes(of: before) { old in
                withUnsafeBytes(of: after) { new in !old.elementsEqual(new) }
            }
            if changed { trace.recordWrite(after) }
        }
        return try body(&storage.pointee)
    }
}
