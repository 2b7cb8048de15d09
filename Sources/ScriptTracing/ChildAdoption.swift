import CPrimitives
import Synchronization

/// Makes Spindle adopt the orphans of traced programs while any program runs (Linux's child
/// subreaper), so that a process whose parent was killed is reaped here, at once, instead of
/// waiting for PID 1. Counted, because runs may overlap (tests run in parallel).
enum ChildAdoption {
    private static let runs = Mutex(0)

    static func begin() {
        runs.withLock { count in
            if count == 0 { _ = cprim_set_child_subreaper(1) }
            count += 1
        }
    }

    static func end() {
        runs.withLock { count in
            count = max(0, count - 1)
            if count == 0 { _ = cprim_set_child_subreaper(0) }
        }
    }
}
