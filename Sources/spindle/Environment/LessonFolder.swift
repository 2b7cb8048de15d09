import Foundation

/// Finds the lesson folder a run uses.
enum LessonFolder {
    /// `--lessons` wins, then `SPINDLE_LESSONS`, then `Lessons` in the working directory, then the
    /// `Lessons` folder of the source tree this binary was built from, so `swift run spindle` works
    /// from any directory of a checkout.
    static func resolve(
        option: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(LessonFolderError) -> String {
        if let option { return try existing(option, source: "--lessons") }
        if let variable = environment["SPINDLE_LESSONS"], !variable.isEmpty {
            return try existing(variable, source: "SPINDLE_LESSONS")
        }
        let local = FileManager.default.currentDirectoryPath + "/Lessons"
        if isDirectory(local) { return local }
        let built = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("Lessons").path
        if isDirectory(built) { return built }
        throw LessonFolderError(
            message: "no lesson folder found; pass --lessons DIR or set SPINDLE_LESSONS")
    }

    private static func existing(_ path: String, source: String) throws(LessonFolderError) -> String {
        guard isDirectory(path) else {
            throw LessonFolderError(
                message: "lesson folder `\(path)` (from \(source)) is not a directory; pass an existing folder")
        }
        return path
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

/// The lesson folder could not be found; the message says what to do.
struct LessonFolderError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
