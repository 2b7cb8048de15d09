/// How a ``Connection`` delimits messages on a byte stream: a 4-byte little-endian length, then
/// that many bytes of payload.
///
/// Python writes a 4-byte big-endian length (and an 8-byte one past 2 GiB); Spindle's limit of
/// ``maximumLength`` keeps every length within 4 bytes, and little-endian is the machine's own
/// order. Spindle and Python connections do not talk to each other, so nothing needs to match.
enum MessageFrame {
    /// The size of the length header.
    static let headerSize = 4

    /// The largest payload: enough for any lesson, small enough that a corrupt header cannot
    /// make a receiver allocate gigabytes.
    static let maximumLength = 256 << 20

    /// The header announcing a payload of `length` bytes (at most ``maximumLength``).
    static func header(length: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: length).littleEndian
    }

    /// The payload length a received header announces.
    static func length(header: UInt32) -> Int {
        Int(UInt32(littleEndian: header))
    }
}
