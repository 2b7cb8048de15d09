#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every running Spindle ``Thread``: what `active_count()`, `enumerate()`, the exit-time join
/// of non-daemon threads and the thread cap are computed from, plus `current_thread()`'s key.
final class ThreadRegistry: @unchecked Sendable {
    /// The process-wide registry, capped at 256 live threads.
    static let shared = ThreadRegistry(limit: 256)

    let limit: Int
    // `live`, `lastIdent` and `lastNameNumber` are guarded by `mutex`.
    private let mutex = PthreadMutex()
    private var live: [Int: Thread] = [:]
    private var lastIdent = 0
    private var lastNameNumber = 0
    /// Holds an unretained pointer to the ``Thread`` the calling OS thread runs, if any.
    private let currentKey: pthread_key_t

    init(limit: Int) {
        self.limit = limit
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        currentKey = key
    }

    /// Python's default `Thread-N` name, numbered from 1 across the process.
    func nextDefaultName() -> String {
        let number = mutex.withLock {
            lastNameNumber += 1
            return lastNameNumber
        }
        return "Thread-\(number)"
    }

    /// Counts `thread` as live and gives it its ident.
    ///
    /// - Throws: ``RuntimeError`` when `limit` threads already run.
    func admit(_ thread: Thread) throws -> Int {
        try mutex.withLock {
            guard live.count < limit else {
                throw RuntimeError("too many threads: at most \(limit) may run at once")
            }
            lastIdent += 1
            live[lastIdent] = thread
            return lastIdent
        }
    }

    func remove(ident: Int) {
        mutex.withLock { _ = live.removeValue(forKey: ident) }
    }

    /// The live threads in the order they were started.
    var liveThreads: [Thread] {
        let snapshot = mutex.withLock { live }
        return snapshot.sorted { $0.key < $1.key }.map(\.value)
    }

    var liveCount: Int {
        mutex.withLock { live.count }
    }

    /// The ``Thread`` the calling OS thread is running, or nil for threads Spindle did not start.
    var current: Thread? {
        guard let pointer = pthread_getspecific(currentKey) else { return nil }
        return Unmanaged<Thread>.fromOpaque(pointer).takeUnretainedValue()
    }

    /// Marks the calling OS thread as running `thread` (nil when it stops). The thread's own
    /// body keeps it alive for as long as the mark is set, so the pointer is not retained.
    func setCurrent(_ thread: Thread?) {
        pthread_setspecific(currentKey, thread.map { Unmanaged.passUnretained($0).toOpaque() })
    }
}
