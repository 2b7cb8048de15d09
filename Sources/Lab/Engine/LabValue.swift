/// A value of a lab program. Immutable Python values (int, str, tuple, ...) are stored inline;
/// mutable ones (lists, dicts, locks, queues, threads) live in the world's heap and are referred
/// to by index, so that two threads see the same object, as in Python.
///
/// Kept small and flat because the explorer hashes every value of every state it visits.
enum LabValue: Hashable, Sendable {
    case none
    case bool(Bool)
    case int(Int)
    case str(String)
    indirect case tuple([LabValue])
    /// A heap object: list, dict, lock, queue, thread, ...
    case object(Int)
    /// A `def` or a `lambda`, by its index in the program.
    case function(Int)
    case builtin(LabBuiltin)
    case module(LabModule)
    /// `receiver.method`, not called yet.
    case boundMethod(receiver: Int, LabMethod)
    /// Iteration state of a `for` loop; programs never see these.
    case rangeIterator(next: Int, stop: Int, step: Int)
    indirect case tupleIterator([LabValue], next: Int)
    case listIterator(Int, next: Int)

    var heapReference: Int? {
        if case .object(let reference) = self { return reference }
        return nil
    }
}

/// The modules a lab program may import.
enum LabModule: String, Hashable, Sendable, CaseIterable {
    case threading
    case queue
    case time
}
