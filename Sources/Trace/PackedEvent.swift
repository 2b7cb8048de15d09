/// A ``TraceEvent`` in 32 bytes of plain data, the form in which the recorder keeps events.
///
/// A `TraceEvent` takes 104 bytes and holds strings, so writing one costs retains and its
/// memory costs page faults: with two events per lock acquire and release, first touching the
/// log's pages cost more than the lock itself. Nearly every event a primitive records is a
/// transition or an operation whose labels are short, and those pack into this form, which
/// is copied bit for bit and never destroyed. The rest (declarations, notes, results, long
/// labels, IDs beyond 32 bits, events that name a source line) are kept whole beside the
/// packed ones, which then hold the index of the whole one (see ``Form/whole``).
@usableFromInline
struct PackedEvent {
    @usableFromInline var time: UInt64
    /// The actor's ID, or ``unfit`` when it does not fit.
    @usableFromInline var actor: Int32
    /// The resource operated on or waited for, the actor waited for by a join, or ``unfit``.
    @usableFromInline var subject: Int32
    /// A label's UTF-8 bytes, or a number: a count, a value, a deadline, an exit code.
    @usableFromInline var payload: (UInt64, UInt32)
    @usableFromInline var form: Form
    /// The case of the operation or state.
    @usableFromInline var tag: UInt8
    /// The case of a wait or an exit status; a queue's status.
    @usableFromInline var detail: UInt8
    /// Whether an optional payload is present, and a label's length in bytes.
    @usableFromInline var payloadLength: UInt8

    /// Labels up to this many UTF-8 bytes pack; longer ones keep their event whole.
    @inlinable static var labelCapacity: Int { MemoryLayout<(UInt64, UInt32)>.size }

    /// Stands for an ID that does not fit in 32 bits; an event with one stays whole. (An ID
    /// that is this number itself stays whole too, which is merely slower.)
    @inlinable static var unfit: Int32 { .min }

    /// `id` in 32 bits, or ``unfit``.
    @inlinable
    static func narrow(_ id: Int) -> Int32 {
        Int32(exactly: id) ?? unfit
    }

    /// Whether both IDs fit, without which the event cannot be packed.
    @inlinable
    var idsFit: Bool { actor != Self.unfit && subject != Self.unfit }

    @usableFromInline
    enum Form: UInt8 {
        /// The event is kept whole; `subject` is its index among the whole events.
        case whole
        case transition
        case operation
    }

    /// `form`, `tag`, `detail` and `payloadLength` in one word, so that a call can pass an
    /// event in registers (see `TraceRecorder.record(actor:subject:payload:code:orderedBy:)`).
    @inlinable
    var code: UInt32 {
        UInt32(form.rawValue) | UInt32(tag) << 8 | UInt32(detail) << 16 | UInt32(payloadLength) << 24
    }

    /// Rebuilds an event from its parts as ``code`` joined them.
    @inlinable @inline(__always)
    init(actor: Int32, subject: Int32, payload: (UInt64, UInt32), code: UInt32) {
        time = 0
        self.actor = actor
        self.subject = subject
        self.payload = payload
        // `code` came from ``code``, so its low byte is a form's raw value.
        form = unsafeBitCast(UInt8(truncatingIfNeeded: code), to: Form.self)
        tag = UInt8(truncatingIfNeeded: code >> 8)
        detail = UInt8(truncatingIfNeeded: code >> 16)
        payloadLength = UInt8(truncatingIfNeeded: code >> 24)
    }

    /// An event kept whole, at `index` among its store's or buffer's whole events.
    @inlinable
    init(time: UInt64, wholeAt index: Int) {
        precondition(index <= Int32.max, "too many events kept whole")
        self.time = time
        actor = 0
        subject = Int32(index)
        payload = (0, 0)
        form = .whole
        tag = 0
        detail = 0
        payloadLength = 0
    }

    /// The packed form of a transition or an operation, or nil when it has to stay whole.
    // Always inlined: where the kind is known (an acquire of this lock), it folds to a few
    // stores; called, it is a switch over every case.
    @inlinable @inline(__always)
    init?(time: UInt64, actor: ActorID, kind: borrowing TraceEvent.Kind) {
        self.init(time: time, wholeAt: 0)
        self.actor = Self.narrow(actor.rawValue)
        switch kind {
        case .transition(let state):
            form = .transition
            guard pack(state) else { return nil }
        case .operation(let resource, let operation):
            form = .operation
            subject = Self.narrow(resource.rawValue)
            guard pack(operation) else { return nil }
        case .declareActor, .declareResource, .result, .note:
            return nil
        }
        guard idsFit else { return nil }
    }
}

extension PackedEvent {
    /// The packed form of an item's move whose label is `number` in decimal, or nil when an
    /// ID does not fit.
    @inlinable @inline(__always)
    init?(time: UInt64, actor: ActorID, _ move: ItemMove, of resource: ResourceID, numbered number: Int) {
        self.init(time: time, wholeAt: 0)
        self.actor = Self.narrow(actor.rawValue)
        form = .operation
        subject = Self.narrow(resource.rawValue)
        tag =
            switch move {
            case .put: OperationTag.put.rawValue
            case .get: OperationTag.get.rawValue
            case .send: OperationTag.send.rawValue
            case .receive: OperationTag.receive.rawValue
            }
        detail = LabelForm.number.rawValue
        payload.0 = UInt64(bitPattern: Int64(number))
        guard idsFit else { return nil }
    }

    /// How an item's label is packed, in `detail`.
    @usableFromInline
    enum LabelForm: UInt8 {
        case absent
        /// UTF-8 bytes in the payload, `payloadLength` of them.
        case text
        /// A whole number in `payload.0`, the label being its decimal text.
        case number
    }
}

// The tags are stored, so each case keeps its number; decoding maps them back.
extension PackedEvent {
    @usableFromInline
    enum StateTag: UInt8 {
        case new, ready, running, blocked, waiting, sleeping, done
    }

    @usableFromInline
    enum WaitTag: UInt8 {
        case join, condition, queueEmpty, queueFull, pipe, event, barrier
    }

    @usableFromInline
    enum ExitTag: UInt8 {
        case exited, signalled
    }

    @usableFromInline
    enum OperationTag: UInt8 {
        case acquire, release, put, get, send, receive, notify, notifyAll, set, clear, read, write
    }
}

extension PackedEvent {
    @inlinable @inline(__always)
    mutating func pack(_ state: borrowing ActorState) -> Bool {
        switch state {
        case .new: tag = StateTag.new.rawValue
        case .ready: tag = StateTag.ready.rawValue
        case .running: tag = StateTag.running.rawValue
        case .blocked(let resource):
            tag = StateTag.blocked.rawValue
            subject = Self.narrow(resource.rawValue)
        case .waiting(let wait):
            tag = StateTag.waiting.rawValue
            pack(wait)
        case .sleeping(let deadline):
            tag = StateTag.sleeping.rawValue
            packNumber(deadline)
        case .done(.exited(let code)):
            tag = StateTag.done.rawValue
            detail = ExitTag.exited.rawValue
            packNumber(UInt64(UInt32(bitPattern: code)))
        case .done(.signalled(let signal)):
            tag = StateTag.done.rawValue
            detail = ExitTag.signalled.rawValue
            packNumber(UInt64(UInt32(bitPattern: signal)))
        case .done(.failed):
            return false
        }
        return true
    }

    @inlinable @inline(__always)
    mutating func pack(_ wait: ActorState.Wait) {
        let waitTag: WaitTag
        switch wait {
        case .join(let actor):
            detail = WaitTag.join.rawValue
            subject = Self.narrow(actor.rawValue)
            return
        case .condition: waitTag = .condition
        case .queue(_, .empty): waitTag = .queueEmpty
        case .queue(_, .full): waitTag = .queueFull
        case .pipe: waitTag = .pipe
        case .event: waitTag = .event
        case .barrier: waitTag = .barrier
        }
        detail = waitTag.rawValue
        // Every wait but a join is for a resource.
        subject = Self.narrow(wait.resource?.rawValue ?? 0)
    }

    @inlinable @inline(__always)
    mutating func pack(_ operation: borrowing ResourceOperation) -> Bool {
        switch operation {
        case .acquire: tag = OperationTag.acquire.rawValue
        case .release: tag = OperationTag.release.rawValue
        case .notifyAll: tag = OperationTag.notifyAll.rawValue
        case .set: tag = OperationTag.set.rawValue
        case .clear: tag = OperationTag.clear.rawValue
        case .put(let item): return pack(.put, label: item)
        case .get(let item): return pack(.get, label: item)
        case .send(let item): return pack(.send, label: item)
        case .receive(let item): return pack(.receive, label: item)
        case .notify(let count): pack(.notify, number: UInt64(bitPattern: Int64(count)))
        case .read(let value): pack(.read, number: value.map { UInt64(bitPattern: $0) })
        case .write(let value): pack(.write, number: value.map { UInt64(bitPattern: $0) })
        }
        return true
    }

    @inlinable @inline(__always)
    mutating func pack(_ operation: OperationTag, label: String?) -> Bool {
        tag = operation.rawValue
        return packLabel(label)
    }

    @inlinable @inline(__always)
    mutating func pack(_ operation: OperationTag, number: UInt64?) {
        tag = operation.rawValue
        packNumber(number)
    }

    /// A present number has length 8; an absent one, 0.
    @inlinable @inline(__always)
    mutating func packNumber(_ number: UInt64?) {
        guard let number else { return }
        payload.0 = number
        payloadLength = 8
    }

    /// Copies the label's bytes in; false when it is too long (or not stored contiguously).
    /// An absent label has `detail` ``LabelForm/absent``; a present one, ``LabelForm/text``.
    @inlinable
    mutating func packLabel(_ label: String?) -> Bool {
        guard let label else { return true }
        detail = LabelForm.text.rawValue
        let copied = label.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard bytes.count <= Self.labelCapacity else { return false }
            withUnsafeMutableBytes(of: &payload) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
            payloadLength = UInt8(bytes.count)
            return true
        }
        return copied ?? false
    }
}
