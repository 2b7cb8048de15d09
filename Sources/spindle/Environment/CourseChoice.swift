import Foundation
import Lessons
import Messages

/// Decides which course a run teaches from the command line and the environment.
enum CourseChoice {
    /// `--only-lessons DIR` is that folder alone; `--lessons DIR`, else `SPINDLE_LESSONS`, lays
    /// a folder over the built-in course; with neither, the built-in course alone. The working
    /// directory plays no part, so the tutor teaches the same course wherever it is started.
    static func resolve(
        overlay: String?, only: String?, environment: [String: String] = ProcessEnvironment.variables
    ) throws(CourseChoiceError) -> CourseSource {
        switch (overlay, only) {
        case (_?, _?):
            throw CourseChoiceError(
                message: Messages.text("course.both-options"))
        case (nil, let only?):
            return .folder(try readableFolder(only, source: "--only-lessons"))
        case (let overlay?, nil):
            return .builtIn(overlay: try readableFolder(overlay, source: "--lessons"))
        case (nil, nil):
            guard let variable = environment["SPINDLE_LESSONS"], !variable.isEmpty else {
                return .builtIn(overlay: nil)
            }
            return .builtIn(overlay: try readableFolder(variable, source: "SPINDLE_LESSONS"))
        }
    }

    private static func readableFolder(_ path: String, source: String) throws(CourseChoiceError) -> String {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        guard exists, isDirectory.boolValue else {
            throw CourseChoiceError(
                message: Messages.text("course.not-a-folder", ["path": path, "source": source]))
        }
        guard (try? FileManager.default.contentsOfDirectory(atPath: path)) != nil else {
            throw CourseChoiceError(
                message: Messages.text("course.unreadable", ["path": path, "source": source]))
        }
        return path
    }
}

/// The course named on the command line or in the environment cannot be used; the message
/// says why and what to pass instead.
struct CourseChoiceError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
