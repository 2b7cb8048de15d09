/// The grapheme a ``Cell`` shows, kept inline so that a cell is plain bits: no reference to
/// count when a frame is copied, cleared or compared, which was most of the cost of a frame.
///
/// Up to eight UTF-8 bytes (every letter, CJK character, combining pair and most emoji) are
/// stored in `bits`, the first byte lowest, zero-padded. A longer grapheme (a ZWJ family, a
/// letter with several marks) or one holding NUL is kept once in ``LongGlyphs`` and `bits`
/// holds its index with the low byte 0xFF, which no UTF-8 text starts with. Equal graphemes
/// therefore always have equal bits.
struct Glyph: Hashable, Sendable {
    let bits: UInt64

    /// The right half of a wide character: no text of its own.
    static let empty = Glyph(bits: 0)
    /// A blank cell's space.
    static let space = Glyph(bits: 0x20)

    private static let longMarker: UInt64 = 0xFF

    private init(bits: UInt64) {
        self.bits = bits
    }

    /// A printable ASCII byte (the caller has checked it).
    init(ascii byte: UInt8) {
        bits = UInt64(byte)
    }

    init(_ text: String) {
        bits = Self.inlineBits(text.utf8) ?? Self.longBits(text)
    }

    init(_ character: Character) {
        bits = Self.inlineBits(character.utf8) ?? Self.longBits(String(character))
    }

    /// The grapheme as text.
    var text: String {
        if bits & 0xFF == Self.longMarker { return LongGlyphs.shared.text(at: Int(bits >> 8)) }
        return withUTF8 { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether it holds a control character (C0, DEL or C1), which must never reach the terminal.
    var isControlLike: Bool {
        if bits & 0xFF == Self.longMarker {
            return text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
        }
        // In valid UTF-8 a byte below 0x20 or 0x7F is that control itself, and C1 controls
        // (U+0080...U+009F) are exactly 0xC2 followed by 0x80...0x9F.
        var rest = bits
        while rest != 0 {
            let byte = rest & 0xFF
            if byte < 0x20 || byte == 0x7F { return true }
            if byte == 0xC2, (0x80...0x9F).contains((rest >> 8) & 0xFF) { return true }
            rest >>= 8
        }
        return false
    }

    /// Appends the grapheme's UTF-8 bytes.
    func appendUTF8(to output: inout [UInt8]) {
        guard bits & 0xFF != Self.longMarker else {
            output.append(contentsOf: text.utf8)
            return
        }
        var rest = bits
        while rest != 0 {
            output.append(UInt8(truncatingIfNeeded: rest))
            rest >>= 8
        }
    }

    private func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 8) { buffer in
            var count = 0
            var rest = bits
            while rest != 0 {
                buffer[count] = UInt8(truncatingIfNeeded: rest)
                count += 1
                rest >>= 8
            }
            return body(UnsafeBufferPointer(rebasing: buffer[0..<count]))
        }
    }

    private static func inlineBits(_ bytes: some Sequence<UInt8>) -> UInt64? {
        var bits: UInt64 = 0
        var shift: UInt64 = 0
        for byte in bytes {
            guard shift < 64, byte != 0 else { return nil }
            bits |= UInt64(byte) << shift
            shift += 8
        }
        return bits
    }

    private static func longBits(_ text: String) -> UInt64 {
        UInt64(LongGlyphs.shared.index(of: text)) << 8 | longMarker
    }
}
