import Threading

/// The labels a traced pipe gives the chunks it carries. Both ends derive a label from the same
/// bytes or value, so the stage can match each `receive` to its `send` even when messages cross
/// in both directions of a duplex pipe. Only called when tracing is on.
enum PipeItemLabel {
    /// How many characters a label keeps, as queues do.
    static let maximumCharacters = 40

    /// Python's repr of `bytes`, such as `b'hi\n'`, cut to ``maximumCharacters`` with the size
    /// appended when it is cut.
    static func bytes(_ bytes: UnsafeRawBufferPointer) -> String {
        var text = "b'"
        for byte in bytes {
            text += escaped(byte)
            if text.count >= maximumCharacters {
                return text + "…' (\(bytes.count) bytes)"
            }
        }
        return text + "'"
    }

    /// A sent or received value's label: its description, cut as queue items are.
    static func value(_ value: some Any) -> String {
        queueItemLabel(value)
    }

    private static func escaped(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "\\"): "\\\\"
        case UInt8(ascii: "'"): "\\'"
        case UInt8(ascii: "\n"): "\\n"
        case UInt8(ascii: "\r"): "\\r"
        case UInt8(ascii: "\t"): "\\t"
        case 0x20..<0x7f: String(UnicodeScalar(byte))
        default: "\\x" + (byte < 16 ? "0" : "") + String(byte, radix: 16)
        }
    }
}
