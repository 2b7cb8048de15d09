import Foundation

/// Programs on this machine that some tests need, so a test that needs one is reported as
/// skipped where it is missing instead of passing without checking anything:
/// `@Test(.enabled(if: Toolchain.hasPython3, "python3 is not installed"))`.
public enum Toolchain {
    /// Whether `python3` is on the search path, where the demos' CPython runs look for it.
    public static let hasPython3 = isOnSearchPath("python3")
    /// Whether a C compiler, `cc`, is on the search path, for the benchmark's C counterparts.
    public static let hasCCompiler = isOnSearchPath("cc")

    private static func isOnSearchPath(_ program: String) -> Bool {
        let directories = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":") ?? []
        return directories.contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(program)") }
    }
}
