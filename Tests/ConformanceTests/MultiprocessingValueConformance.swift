import Multiprocessing
import TestSupport
import Testing
import Threading

/// CPython's `_TestValue.codes_values`: one value of each type code, its initial value and the
/// value a child process writes ('i', 'd', 'h', 'q', 'c').
private struct SharedValues {
    let int: SharedValue<Int32>
    let double: SharedValue<Double>
    let short: SharedValue<Int16>
    let long: SharedValue<Int64>
    let char: SharedValue<UInt8>

    init(lock: Bool) throws {
        int = try SharedValue(4343, lock: lock, tracer: .disabled)
        double = try SharedValue(3.625, lock: lock, tracer: .disabled)
        short = try SharedValue(-232, lock: lock, tracer: .disabled)
        long = try SharedValue(1 << 33, lock: lock, tracer: .disabled)
        char = try SharedValue(UInt8(ascii: "x"), lock: lock, tracer: .disabled)
    }

    func check(initial: Bool, _ checks: inout Checks) {
        let when = initial ? "before" : "after"
        checks.check(int.value == (initial ? 4343 : 24234), "'i' \(when) the child: \(int.value)")
        checks.check(double.value == (initial ? 3.625 : -4.25), "'d' \(when) the child: \(double.value)")
        checks.check(short.value == (initial ? -232 : 234), "'h' \(when) the child: \(short.value)")
        checks.check(long.value == (initial ? 1 << 33 : 1 << 34), "'q' \(when) the child: \(long.value)")
        checks.check(char.value == UInt8(ascii: initial ? "x" : "y"), "'c' \(when) the child: \(char.value)")
    }

    func writeChildValues() {
        int.value = 24234
        double.value = -4.25
        short.value = 234
        long.value = 1 << 34
        char.value = UInt8(ascii: "y")
    }
}

/// CPython's `_TestValue.test_value` (with a lock) and `test_rawvalue` (without): values a
/// child process writes are what the parent reads after joining it.
struct ValuesAcrossProcesses: HostedProgram {
    static func main(_ lock: Bool) throws -> [String] {
        var checks = Checks()
        let values = try SharedValues(lock: lock)
        values.check(initial: true, &checks)
        let child = Process { values.writeChildValues() }
        try child.start()
        checks.check(try child.join(timeout: 60) && child.exitCode == 0, "the child ended well")
        values.check(initial: false, &checks)
        return checks.failures
    }
}

@Suite("CPython _test_multiprocessing: _TestValue", .forksProcesses)
struct MultiprocessingValueConformance {
    @Test(
        "_test_multiprocessing._TestValue.test_value: a child's writes to Values of five types are seen by the parent"
    )
    func value() throws {
        #expect(try runHosted(ValuesAcrossProcesses.self, true) == [])
    }

    @Test(
        "_test_multiprocessing._TestValue.test_rawvalue: a child's writes to RawValues of five types are seen by the parent"
    )
    func rawValue() throws {
        #expect(try runHosted(ValuesAcrossProcesses.self, false) == [])
    }

    @Test(
        "_test_multiprocessing._TestValue.test_getobj_getlock: a Value's get_lock returns its one lock, which the accessors take again"
    )
    func getLock() throws {
        let value = try SharedValue<Int32>(5, tracer: .disabled)
        let lock = value.getLock()
        #expect(lock === value.getLock())
        lock.withLock {
            #expect(lock.isOwnedByCurrentThread)
            #expect(value.value == 5)
        }
        #expect(!lock.isOwnedByCurrentThread)
    }
}
