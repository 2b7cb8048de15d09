#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output, flushed after every write so text appears before the next prompt.
struct Console: Sendable {
    func write(_ text: String) {
        guard !text.isEmpty else { return }
        fputs(text, stdout)
        fflush(stdout)
    }
}
