import Trace

/// What `Queue`, `LifoQueue`, `PriorityQueue` and `SimpleQueue` share, written once: a
/// ``QueueState`` for locking, waiting and tracing, plus the storage that decides the order.
///
/// Everything here is `@inlinable` so that it is specialised for the element type in the
/// module that uses the queue; unspecialised generic code would spend most of each operation
/// looking up the storage's type metadata, several times slower than the locking itself.
///
/// `@unchecked Sendable`: `storage` is only touched between a `state.lockFor…` call and the
/// matching `state.unlockAfter…`, that is, while holding the state's mutex. The exclusivity
/// check is switched off for it because the mutex already serialises every access and the
/// dynamic check would cost more than the container operation.
@usableFromInline
final class QueueCore<Storage: QueueStorage>: @unchecked Sendable {
    @usableFromInline typealias Element = Storage.Element

    @usableFromInline let state: QueueState
    @usableFromInline @exclusivity(unchecked) var storage = Storage()

    @usableFromInline
    init(maxsize: Int, name: String?, tracer: Tracer) {
        state = QueueState(maxsize: maxsize, name: name, tracer: tracer)
    }

    @inlinable
    func put(_ element: Element, block: Bool, timeout: Double?) throws {
        try state.lockForPut(block: block, timeout: timeout)
        if state.tracer.isEnabled {
            if let number = element as? Int {
                state.record(.put, numbered: number)
            } else {
                state.record(.put(item: QueueState.label(Storage.describe(element))))
            }
        }
        storage.insert(element)
        state.unlockAfterPut()
    }

    @inlinable
    func get(block: Bool, timeout: Double?) throws -> Element {
        try state.lockForGet(block: block, timeout: timeout)
        let element = storage.removeNext()
        if state.tracer.isEnabled {
            if let number = element as? Int {
                state.record(.get, numbered: number)
            } else {
                state.record(.get(item: QueueState.label(Storage.describe(element))))
            }
        }
        state.unlockAfterGet()
        return element
    }

    @inlinable
    func shutdown(immediate: Bool) {
        state.lockForShutdown(immediate: immediate)
        if immediate {
            for _ in 0..<state.lockedCount {
                let element = storage.removeNext()
                state.countDropped(label: QueueState.label(Storage.describe(element)))
            }
        }
        state.unlockAfterShutdown(immediate: immediate)
    }
}
