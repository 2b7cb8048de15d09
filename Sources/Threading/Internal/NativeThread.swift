import CPrimitives

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A raw pthread running a Swift closure: the one place threads are created, so every
/// primitive that needs workers (threads, timers, pools) starts them the same way.
///
/// The closure is boxed and passed through `pthread_create`'s context pointer; the box is
/// released by the new thread once it has taken the closure, so nothing leaks if it never runs.
package final class NativeThread: @unchecked Sendable {
    private let handle: pthread_t
    private let joinLock = PthreadMutex()
    private var joinedOrDetached = false

    private init(handle: pthread_t) {
        self.handle = handle
    }

    /// Starts `body` on a new thread named `name` (the OS shows at most 15 bytes of it).
    package static func spawn(name: String?, _ body: @escaping @Sendable () -> Void) throws(NativeThreadError)
        -> NativeThread
    {
        let box = Unmanaged.passRetained(ThreadBody(name: name, body: body))
        // The new thread inherits the mask in force here. Terminal signals must reach the thread
        // that is ready for them (the tutor's line reader), never a worker that happens to be
        // running while no handler is installed, where the default action would end the program.
        var terminalSignals = sigset_t()
        var previousMask = sigset_t()
        sigemptyset(&terminalSignals)
        for signal in [SIGINT, SIGQUIT, SIGTSTP, SIGWINCH, SIGHUP, SIGTERM, SIGCONT] {
            sigaddset(&terminalSignals, signal)
        }
        pthread_sigmask(SIG_BLOCK, &terminalSignals, &previousMask)
        defer { pthread_sigmask(SIG_SETMASK, &previousMask, nil) }
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        #if canImport(Glibc)
        var handle = pthread_t()
        let status = pthread_create(
            &handle, &attributes,
            { context in
                NativeThread.enter(context!)
                return nil
            }, box.toOpaque())
        guard status == 0 else {
            box.release()
            throw NativeThreadError(code: status)
        }
        return NativeThread(handle: handle)
        #else
        var handle: pthread_t?
        let status = pthread_create(
            &handle, &attributes,
            { context in
                NativeThread.enter(context)
                return nil
            }, box.toOpaque())
        guard status == 0, let handle else {
            box.release()
            throw NativeThreadError(code: status)
        }
        return NativeThread(handle: handle)
        #endif
    }

    private static func enter(_ context: UnsafeMutableRawPointer) {
        let box = Unmanaged<ThreadBody>.fromOpaque(context).takeRetainedValue()
        if let name = box.name { cprim_set_thread_name(name) }
        box.body()
    }

    /// Waits for the thread to finish. Calling it twice, or after `detach`, does nothing.
    package func join() {
        let shouldJoin = joinLock.withLock {
            defer { joinedOrDetached = true }
            return !joinedOrDetached
        }
        if shouldJoin { pthread_join(handle, nil) }
    }

    /// Lets the thread finish on its own; its resources are freed when it ends.
    package func detach() {
        let shouldDetach = joinLock.withLock {
            defer { joinedOrDetached = true }
            return !joinedOrDetached
        }
        if shouldDetach { pthread_detach(handle) }
    }

    /// The kernel's id for the calling thread (what `ps -L` and Python's `native_id` show).
    package static var currentNativeID: Int {
        Int(cprim_thread_id())
    }
}

private final class ThreadBody: @unchecked Sendable {
    let name: String?
    let body: @Sendable () -> Void

    init(name: String?, body: @escaping @Sendable () -> Void) {
        self.name = name
        self.body = body
    }
}

/// `pthread_create` failed, usually because the system ran out of threads or memory.
package struct NativeThreadError: Error, CustomStringConvertible {
    let code: Int32
    package var description: String { "cannot start a thread: \(String(cString: strerror(code)))" }
}
