import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether this test process runs under ThreadSanitizer (`swift test --sanitize=thread`).
public enum ThreadSanitizer {
    /// The sanitizer's runtime exports `__tsan_init`; an uninstrumented process has no such symbol.
    public static let isActive: Bool = {
        guard let process = dlopen(nil, RTLD_NOW) else { return false }
        defer { dlclose(process) }
        return dlsym(process, "__tsan_init") != nil
    }()
}

extension Trait where Self == ConditionTrait {
    /// Skips a suite that forks when ThreadSanitizer runs. The sanitizer starts a thread of its
    /// own in every process, and Spindle refuses to fork a process that runs threads, because
    /// the child could deadlock on a lock another thread held (docs/architecture.md).
    public static var forksProcesses: Self {
        .disabled(
            if: ThreadSanitizer.isActive,
            "forks processes: under ThreadSanitizer every process runs the sanitizer's own thread")
    }
}
