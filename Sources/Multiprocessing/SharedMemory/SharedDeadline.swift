import Threading

extension Deadline {
    /// `timeout` seconds from now in the form the `CSharedSync.h` waits take: nanoseconds on
    /// CLOCK_MONOTONIC, or -1 for no timeout (`nil`).
    static func sharedNanoseconds(after timeout: Double?) -> Int64 {
        guard let deadline = after(seconds: timeout) else { return -1 }
        return Int64(clamping: deadline.nanoseconds)
    }
}
