/// A visited state as the explorer remembers it: two independent 64-bit hashes of the state's
/// encoding, instead of the state itself. Keeping only fingerprints (SPIN's hash compaction)
/// makes the visited table small and its lookups cheap; with 128 bits, two distinct states
/// share a fingerprint with a probability near n² / 2¹²⁹, about 10⁻²⁷ for a million states.
struct StateFingerprint: Hashable {
    var first: UInt64
    var second: UInt64

    func hash(into hasher: inout Hasher) {
        hasher.combine(first)
    }

    /// Hashes an encoding a word at a time as the encoder writes it, so that no buffer of words
    /// is filled and read again: MurmurHash3's 64-bit mixing, run twice with different seeds
    /// and multipliers so that the two halves are independent.
    struct Builder {
        private var first: UInt64 = 0x9E37_79B9_7F4A_7C15
        private var second: UInt64 = 0xC2B2_AE3D_27D4_EB4F
        private var count: UInt64 = 0

        @inline(__always)
        mutating func combine(_ word: UInt64) {
            first = Self.mix(first, word &* 0x87C3_7B91_1142_53D5)
            second = Self.mix(second, word &* 0x4CF5_AD43_2745_937F)
            count &+= 1
        }

        /// The fingerprint of the words combined so far, the count mixed in last.
        func finish() -> StateFingerprint {
            StateFingerprint(first: Self.finish(first ^ count), second: Self.finish(second ^ count))
        }

        private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
            let rotated = (word << 31 | word >> 33) &* 0x4CF5_AD43_2745_937F
            let combined = hash ^ rotated
            return (combined << 27 | combined >> 37) &* 5 &+ 0x52DC_E729
        }

        private static func finish(_ hash: UInt64) -> UInt64 {
            var hash = hash ^ hash >> 33
            hash &*= 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 33
            hash &*= 0xC4CE_B9FE_1A85_EC53
            return hash ^ hash >> 33
        }
    }
}
