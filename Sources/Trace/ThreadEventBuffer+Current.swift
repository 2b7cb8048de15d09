import CTraceClock

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The calling thread's buffer, kept in a C thread-local variable that holds one retained
/// reference. A pthread key holds the same pointer only for its destructor: when the thread
/// exits, its buffer is retired and left to the recorder, which still holds it, so no event
/// recorded before the exit is lost.
extension ThreadEventBuffer {
    /// The calling thread's buffer if it belongs to the recorder numbered `serial`; the caller
    /// borrows it without a retain, as the thread-local reference keeps it alive.
    @inlinable @inline(__always)
    static func current(serial: UInt64) -> Unmanaged<ThreadEventBuffer>? {
        guard let raw = ctrace_current_buffer() else { return nil }
        let buffer = Unmanaged<ThreadEventBuffer>.fromOpaque(raw)
        return buffer._withUnsafeGuaranteedRef { $0.recorderSerial == serial } ? buffer : nil
    }

    /// Makes `buffer` the calling thread's, retiring the one it replaces.
    static func install(_ buffer: ThreadEventBuffer) {
        let raw = Unmanaged.passRetained(buffer).toOpaque()
        if let previous = ctrace_current_buffer() {
            Unmanaged<ThreadEventBuffer>.fromOpaque(previous).takeRetainedValue().retire()
        }
        ctrace_set_current_buffer(raw)
        pthread_setspecific(exitKey, raw)
    }

    /// Only for its destructor; see the extension's comment.
    private static let exitKey: pthread_key_t = {
        var key = pthread_key_t()
        let status = pthread_key_create(&key, retireAtThreadExit)
        precondition(status == 0, "pthread_key_create failed with \(status)")
        return key
    }()
}

#if canImport(Darwin)
private func retireAtThreadExit(_ raw: UnsafeMutableRawPointer) {
    retireCurrent(raw)
}
#else
private func retireAtThreadExit(_ raw: UnsafeMutableRawPointer?) {
    guard let raw else { return }
    retireCurrent(raw)
}
#endif

/// Runs once per exiting thread that recorded: hands the buffer over to its recorder.
private func retireCurrent(_ raw: UnsafeMutableRawPointer) {
    // A destructor that runs later and records again starts a fresh buffer.
    if ctrace_current_buffer() == raw { ctrace_set_current_buffer(nil) }
    Unmanaged<ThreadEventBuffer>.fromOpaque(raw).takeRetainedValue().retire()
}
