import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A number naming the calling thread for the GIL's bookkeeping, unique for the life of the
/// process.
///
/// Not `pthread_self()`, which glibc hands to a new thread as soon as an old one exits (so two
/// threads' statistics would merge), and not the kernel thread id, which costs a system call
/// and is the process id on Darwin. A serial is drawn once per thread and cached in
/// thread-local storage, so later lookups cost one `pthread_getspecific`.
enum GILThreadIdentity {
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    private static let lastSerial = Atomic<Int>(0)

    /// The calling thread's serial; never 0, which the GIL uses for "nobody".
    static var current: Int {
        if let cached = pthread_getspecific(key) {
            return Int(bitPattern: cached)
        }
        let serial = lastSerial.wrappingAdd(1, ordering: .relaxed).newValue
        pthread_setspecific(key, UnsafeRawPointer(bitPattern: serial))
        return serial
    }
}
