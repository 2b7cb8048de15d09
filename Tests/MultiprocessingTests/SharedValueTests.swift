import Testing
import Trace

@testable import Multiprocessing
@testable import Threading

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("Shared: SharedValue, SharedArray and SharedMemory")
struct SharedValueTests {
    @Test("a SharedValue reads and writes its value, with or without a lock")
    func valueGetSet() throws {
        for counter in [try SharedValue(41), try SharedValue(41, lock: false)] {
            #expect(counter.value == 41)
            counter.value = 42
            #expect(counter.value == 42)
        }
        let ratio = try SharedValue(0.5)
        ratio.value *= 3
        #expect(ratio.value == 1.5)
    }

    @Test("SharedValue.withLock updates in place and returns the body's result")
    func valueWithLock() throws {
        let counter = try SharedValue(UInt8(250))
        let old = counter.withLock { value -> UInt8 in
            defer { value &+= 10 }
            return value
        }
        #expect(old == 250)
        #expect(counter.value == 4)
        // Python's spelling: the lock is reentrant, so the accessors inside may take it again.
        counter.getLock().withLock { counter.value += 1 }
        #expect(counter.value == 5)
    }

    @Test("a SharedArray reads and writes elements, under withLock too")
    func arrayAccess() throws {
        for numbers in [try SharedArray([1, 2, 3, 4]), try SharedArray([1, 2, 3, 4], lock: false)] {
            #expect(numbers.count == 4)
            #expect(numbers[0] == 1 && numbers[3] == 4)
            numbers[2] = 30
            #expect(numbers.toArray() == [1, 2, 30, 4])
        }
        let numbers = try SharedArray(repeating: 0, count: 5)
        let total = numbers.withLock { elements in
            for index in elements.indices { elements[index] = index * index }
            return elements.reduce(0, +)
        }
        #expect(total == 30)
        #expect(numbers.toArray() == [0, 1, 4, 9, 16])
        let empty = try SharedArray([Double]())
        #expect(empty.count == 0 && empty.toArray().isEmpty)
    }

    @Test("4 threads x 10k withLock increments of one SharedArray element lose nothing")
    func arrayWithLockExcludes() throws {
        let slots = try SharedArray(repeating: 0, count: 3)
        let threads = (0..<4).map { _ in
            Thread {
                for _ in 0..<10_000 {
                    slots.withLock { $0[1] += 1 }
                }
            }
        }
        for thread in threads { try thread.start() }
        for thread in threads { try thread.join() }
        #expect(slots.toArray() == [0, 40_000, 0])
    }

    @Test("a layout puts each slot on a fresh cache line unless packed")
    func layoutPlacement() {
        var layout = SharedMemoryLayout()
        let word = layout.reserve(UInt32.self)
        let packed = layout.reserve(UInt64.self, placement: .packed)
        let values = layout.reserve(UInt8.self, count: 3)
        #expect(word.offset == 0)
        #expect(packed.offset == 8)
        #expect(values.offset == 64 && values.count == 3)
        #expect(layout.byteCount == 67)
    }

    #if os(Linux)
    @Test("shared memory is mapped MAP_SHARED, which is what lets forked children see it")
    func mappedShared() throws {
        var layout = SharedMemoryLayout()
        let slot = layout.reserve(Int.self)
        let memory = try SharedMemory(layout)
        memory.pointer(to: slot).initialize(to: 7)
        let address = UInt(bitPattern: memory.base)
        let permissions = try #require(procSelfMaps()).split(separator: "\n").lazy.compactMap {
            line -> Substring? in
            let fields = line.split(separator: " ")
            let bounds = fields[0].split(separator: "-").compactMap { UInt($0, radix: 16) }
            guard bounds.count == 2, bounds[0] <= address, address < bounds[1] else { return nil }
            return fields[1]
        }.first
        #expect(permissions == "rw-s")
        #expect(memory.byteCount % Int(sysconf(Int32(_SC_PAGESIZE))) == 0)
    }

    /// The text of `/proc/self/maps`, which lists every mapping with its permissions: `s` in the
    /// fourth place for MAP_SHARED, `p` for private.
    private func procSelfMaps() -> String? {
        let descriptor = open("/proc/self/maps", O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            bytes += chunk[..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
    #endif
}
