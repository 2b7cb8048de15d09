#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An anonymous `MAP_SHARED` region: after `fork()` parent and child see the same bytes, which is
/// where every process-shared primitive keeps its state (Python's `multiprocessing.heap` arenas
/// play this part there).
///
/// The Swift object is only a view: a forked child gets its own copy of it pointing at the same
/// pages, and each process unmaps its own mapping when its view goes away.
final class SharedMemory: @unchecked Sendable {
    // Immutable after init; the bytes behind `base` are synchronised by the primitives that use them.
    let base: UnsafeMutableRawPointer
    /// The mapped size: the layout's size rounded up to whole pages.
    let byteCount: Int

    /// Maps a zero-filled region large enough for `layout`.
    init(_ layout: SharedMemoryLayout) throws(SharedMemoryError) {
        let pageSize = max(1, sysconf(Int32(_SC_PAGESIZE)))
        let pages = max(1, layout.byteCount / pageSize + (layout.byteCount % pageSize == 0 ? 0 : 1))
        byteCount = pages * pageSize
        let mapped = mmap(nil, byteCount, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0)
        guard let mapped, mapped != MAP_FAILED else {
            throw SharedMemoryError(errno: errno, byteCount: byteCount)
        }
        base = mapped
    }

    deinit {
        munmap(base, byteCount)
    }

    /// The typed address of `slot`, whose values the caller initialises before first use.
    func pointer<Value>(to slot: SharedSlot<Value>) -> UnsafeMutablePointer<Value> {
        (base + slot.offset).bindMemory(to: Value.self, capacity: slot.count)
    }
}
