import BinaryFormat

/// The records a ``ProcessPool`` sends to its workers and back: a kind byte, the task's number,
/// then the payload. Arguments and outputs are encoded as whole arrays, one per chunk, which
/// is what makes `map` over many small items cheap.
enum PoolWire {
    enum TaskKind: UInt8 {
        case work = 0
        case stop = 1
    }

    enum ResultKind: UInt8 {
        case success = 0
        case failure = 1
    }

    static let headerSize = 9

    package static func record(kind: UInt8, task: Int, payload: [UInt8]) -> [UInt8] {
        var record = header(kind: kind, task: task, reservingFor: payload.count)
        record.append(contentsOf: payload)
        return record
    }

    private static func header(kind: UInt8, task: Int, reservingFor payloadSize: Int) -> [UInt8] {
        var record = [UInt8]()
        record.reserveCapacity(headerSize + payloadSize)
        start(&record, kind: kind, task: task)
        return record
    }

    /// Empties `record`, keeping its storage, and writes a header for the payload to follow.
    static func start(_ record: inout [UInt8], kind: UInt8, task: Int) {
        record.removeAll(keepingCapacity: true)
        record.append(kind)
        withUnsafeBytes(of: Int64(task).littleEndian) { record.append(contentsOf: $0) }
    }

    /// The kind byte and task number of `record`, or nil for a record too short to be one.
    static func header(of record: [UInt8]) -> (kind: UInt8, task: Int)? {
        guard record.count >= headerSize else { return nil }
        var task: Int64 = 0
        withUnsafeMutableBytes(of: &task) { target in
            for index in 0..<8 { target[index] = record[1 + index] }
        }
        return (record[0], Int(Int64(littleEndian: task)))
    }

    static func payload(of record: [UInt8]) -> ArraySlice<UInt8> {
        record[headerSize...]
    }

    static func label(ofTask record: [UInt8]) -> String {
        guard let (kind, task) = header(of: record) else { return "?" }
        return kind == TaskKind.stop.rawValue ? "stop" : "task \(task)"
    }

    static func label(ofResult record: [UInt8]) -> String {
        guard let (kind, task) = header(of: record) else { return "?" }
        return kind == ResultKind.failure.rawValue ? "task \(task) failed" : "result \(task)"
    }
}
