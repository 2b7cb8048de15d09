import Foundation

/// Folders of the repository the tests were built from, found from this file's own path.
public enum Repository {
    /// The repository's root.
    public static var root: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The course's lesson folder, `Lessons/`.
    public static var lessons: String { root.appendingPathComponent("Lessons").path }
}
