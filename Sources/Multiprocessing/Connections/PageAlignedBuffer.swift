#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Scratch memory for receiving a message, page-aligned when the message is large.
///
/// The kernel copies pipe and socket data out of page-aligned buffers, and on x86 its copy runs
/// markedly slower when the destination's offset within a page is a few bytes off the source's
/// (20-40 % measured on this project's machine, far worse on some CPUs). A page-aligned
/// destination matches the kernel's pages for the bulk of a large message (the sender writes a
/// large message's header apart to keep it so). Small messages use the stack instead, where
/// alignment does not matter and allocation is free.
enum PageAlignedBuffer {
    /// The page size the alignment targets.
    static let pageSize = 4096

    /// Messages up to this size are received on the stack.
    static let stackLimit = 1024

    /// Runs `body` with `byteCount` bytes of uninitialised memory that live only for the call.
    static func with<Result>(
        byteCount: Int, _ body: (UnsafeMutableRawBufferPointer) throws -> Result
    ) throws -> Result {
        if byteCount <= stackLimit {
            return try withUnsafeTemporaryAllocation(byteCount: byteCount, alignment: 16, body)
        }
        var memory: UnsafeMutableRawPointer?
        let status = posix_memalign(&memory, pageSize, byteCount)
        guard status == 0, let memory else { throw SystemCallFailure(call: "posix_memalign", code: status) }
        defer { free(memory) }
        return try body(UnsafeMutableRawBufferPointer(start: memory, count: byteCount))
    }
}
