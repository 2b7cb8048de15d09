import Threading
import Trace

extension ThreadingTrace {
    /// Records a read of shared memory that saw `value`, shown as a number when it is an integer.
    @inline(__always)
    func recordRead<Value>(_ value: Value) {
        record(.read(value: Self.number(value)))
    }

    /// Records a write of `value` to shared memory, shown as a number when it is an integer.
    @inline(__always)
    func recordWrite<Value>(_ value: Value) {
        record(.write(value: Self.number(value)))
    }

    /// `value` as the stage shows it: integers that fit in an `Int64`, nothing for other types.
    private static func number<Value>(_ value: Value) -> Int64? {
        guard let integer = value as? any BinaryInteger else { return nil }
        return Int64(exactly: integer)
    }
}
