import Synchronization
import Threading
import Trace

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A bare pipe(2) with no message framing, for the lesson on PIPE_BUF: each ``write(_:)`` is a
/// single write(2), so whether concurrent writers' bytes stay together or tear is up to the
/// kernel, which keeps writes of up to ``atomicWriteLimit`` bytes whole.
///
/// Python has no class for this; it is what `os.pipe()` returns, used with `os.write` and
/// `os.read`. Both descriptors are close-on-exec and survive a fork. Creating one sets SIGPIPE
/// to "ignore" unless the program handles it, so writing after the read end closed throws
/// ``BrokenPipeError`` (see ``Pipe(duplex:name:tracer:)``).
///
/// Concurrency: any number of threads may write and read at once (that is the lesson); closing
/// an end while another thread is blocked on it does not wake that thread. `Sendable` without
/// `@unchecked` because the only mutable state is the two atomic descriptors.
public final class RawPipe: Sendable {
    /// PIPE_BUF: the largest write the kernel performs atomically (4096 bytes on Linux, 512 on
    /// macOS). Larger writes may be split and interleaved with other writers' bytes.
    public static let atomicWriteLimit = Int(PIPE_BUF)

    private let readEnd: Atomic<Int32>
    private let writeEnd: Atomic<Int32>
    /// How errors name the pipe, such as `pipe#3`.
    let title: String
    let trace: ThreadingTrace

    /// Python's `os.pipe()`: creates the pipe, declared to `tracer` as a resource of kind `pipe`
    /// named `name` (default `pipe`).
    ///
    /// - Throws: ``PipeOSError`` when the system is out of descriptors.
    public init(name: String? = nil, tracer: Tracer = TraceContext.tracer) throws {
        BrokenPipeSignal.ignoreUnlessHandled()
        title = PipeNaming.title(name)
        let ends: (Int32, Int32)
        do throws(SystemCallFailure) {
            ends = try Descriptors.pipe()
        } catch {
            throw PipeOSError(endpoint: title, reason: .systemCall(error.call, errno: error.code))
        }
        readEnd = Atomic(ends.0)
        writeEnd = Atomic(ends.1)
        trace = ThreadingTrace(kind: .pipe, name: name ?? "pipe", tracer: tracer)
    }

    deinit {
        closeReadEnd()
        closeWriteEnd()
    }

    /// The read end's descriptor, or -1 once closed.
    public var readFD: Int32 { readEnd.load(ordering: .acquiring) }

    /// The write end's descriptor, or -1 once closed.
    public var writeFD: Int32 { writeEnd.load(ordering: .acquiring) }

    /// Python's `os.write(fd, data)`: one write(2) of `bytes`, retried only when a signal
    /// interrupts it before anything was written; returns how many bytes the kernel took, which
    /// for a blocking pipe is all of them unless a signal cut a large write short.
    ///
    /// - Throws: ``BrokenPipeError`` when the read end is closed, ``PipeOSError`` when the write
    ///   end is.
    public func write(_ bytes: UnsafeRawBufferPointer) throws -> Int {
        let fd = try openDescriptor(writeEnd, named: "write end")
        try waitForRoom(fd)
        trace.record(.send(item: PipeItemLabel.bytes(bytes)))
        do throws(SystemCallFailure) {
            return try PipeIO.writeOnce(fd, bytes)
        } catch {
            throw writeError(error)
        }
    }

    /// One write(2) of an array's bytes, as the raw-memory `write`.
    public func write(_ bytes: [UInt8]) throws -> Int {
        try bytes.withUnsafeBytes { try write($0) }
    }

    /// Writes all of `bytes`, calling write(2) again after any partial write (Python's
    /// `os.write` in a loop; no atomicity beyond each call's).
    ///
    /// - Throws: as `write`.
    public func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        var written = 0
        repeat {
            written += try write(UnsafeRawBufferPointer(rebasing: bytes[written...]))
        } while written < bytes.count
    }

    /// Writes all of an array's bytes, as the raw-memory `writeAll`.
    public func writeAll(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try writeAll($0) }
    }

    /// Python's `os.read(fd, n)` into caller memory: one read(2), waiting up to `timeout` seconds
    /// (`nil`: for ever) for data; returns how many bytes arrived, 0 at the end of the stream (every
    /// write end closed).
    ///
    /// - Throws: ``TimeoutError`` when nothing arrives in time, ``PipeOSError`` when the read end
    ///   is closed.
    public func read(into buffer: UnsafeMutableRawBufferPointer, timeout: Double? = nil) throws -> Int {
        let fd = try openDescriptor(readEnd, named: "read end")
        try waitForData(fd, timeout: timeout)
        do throws(SystemCallFailure) {
            let count = try PipeIO.readOnce(fd, into: buffer)
            trace.record(
                .receive(item: PipeItemLabel.bytes(UnsafeRawBufferPointer(rebasing: buffer[..<count]))))
            return count
        } catch {
            throw readError(error)
        }
    }

    /// Python's `os.read(fd, n)`: one read(2) of at most `maxLength` bytes; empty at the end of
    /// the stream.
    ///
    /// - Throws: as ``read(into:timeout:)``.
    public func read(maxLength: Int, timeout: Double? = nil) throws -> [UInt8] {
        try [UInt8](unsafeUninitializedCapacity: max(0, maxLength)) { buffer, initialized in
            initialized = try read(into: UnsafeMutableRawBufferPointer(buffer), timeout: timeout)
        }
    }

    /// Closes the read end; later calls do nothing. Writers then get ``BrokenPipeError``.
    public func closeReadEnd() {
        let open = readEnd.exchange(-1, ordering: .acquiringAndReleasing)
        if open >= 0 { PipeIO.closeDescriptor(open) }
    }

    /// Closes the write end; later calls do nothing. Readers then see the end of the stream once
    /// every process has closed its copy.
    public func closeWriteEnd() {
        let open = writeEnd.exchange(-1, ordering: .acquiringAndReleasing)
        if open >= 0 { PipeIO.closeDescriptor(open) }
    }

    private func openDescriptor(_ end: borrowing Atomic<Int32>, named name: String) throws(PipeOSError)
        -> Int32
    {
        let fd = end.load(ordering: .acquiring)
        guard fd >= 0 else { throw PipeOSError(endpoint: "\(title) \(name)", reason: .handleClosed) }
        return fd
    }

    /// With tracing on, shows the caller waiting while the pipe is full, before the write that
    /// would block; untraced, the write itself waits.
    private func waitForRoom(_ fd: Int32) throws {
        guard trace.isEnabled else { return }
        do throws(SystemCallFailure) {
            _ = try PipeIO.wait(fd, for: PipeIO.writableEvents, until: nil, tracing: trace)
        } catch {
            throw writeError(error)
        }
    }

    /// Waits for data (or the end of the stream) up to `timeout`, traced as waiting on the pipe
    /// when it has to wait; untraced without a timeout, the read itself waits.
    private func waitForData(_ fd: Int32, timeout: Double?) throws {
        guard trace.isEnabled || timeout != nil else { return }
        let ready: Bool
        do throws(SystemCallFailure) {
            ready = try PipeIO.wait(
                fd, for: PipeIO.readableEvents, until: Deadline.after(seconds: timeout), tracing: trace)
        } catch {
            throw readError(error)
        }
        guard ready else { throw TimeoutError("\(title) read end: no data within \(timeout ?? 0) s") }
    }

    private func readError(_ failure: SystemCallFailure) -> PipeOSError {
        PipeOSError(endpoint: "\(title) read end", reason: .systemCall(failure.call, errno: failure.code))
    }

    private func writeError(_ failure: SystemCallFailure) -> any Error {
        if failure.code == EPIPE { return BrokenPipeError("\(title): the read end was closed") }
        return PipeOSError(
            endpoint: "\(title) write end", reason: .systemCall(failure.call, errno: failure.code))
    }
}
