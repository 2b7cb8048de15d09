#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Polls `condition` until it holds; false if `timeout` seconds (an upper bound only) pass first.
/// Used to wait for another thread to reach a state, never to decide an outcome by elapsed time.
public func eventually(timeout: Double = 10, _ condition: () -> Bool) -> Bool {
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: .milliseconds(Int(timeout * 1000)))
    while !condition() {
        if clock.now >= deadline { return false }
        usleep(200)
    }
    return true
}
