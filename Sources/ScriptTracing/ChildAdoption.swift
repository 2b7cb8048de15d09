import CPrimitives
import Foundation

/// Makes Spindle adopt the orphans of traced programs while any program runs (Linux's child
/// subreaper), so that a process whose parent was killed is reaped here, at once, instead of
/// waiting for PID 1. Counted, because runs may overlap (tests run in parallel).
enum ChildAdoption {
    /// A pthread mutex (through NSLock), which ThreadSanitizer understands.
    nonisolated(unsafe) private static var runs = 0
    private static let lock = NSLock()

    static func begin() {
        lock.withLock {
            if runs == 0 { _ = cprim_set_child_subreaper(1) }
            runs += 1
        }
    }

    static func end() {
        lock.withLock {
            runs = max(0, runs - 1)
            if runs == 0 { _ = cprim_set_child_subreaper(0) }
        }
    }
}
