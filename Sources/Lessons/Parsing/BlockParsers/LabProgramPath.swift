import Messages

/// The rules for `program:` paths. A lab program is read from the lesson's own folder, so a path
/// may not leave it: a lesson folder shared with a student must not show them any other file
/// of their machine.
enum LabProgramPath {
    /// Nil for a usable path, otherwise the message.
    static func problem(with path: String) -> String? {
        if path.hasPrefix("/") {
            return
                Messages.text("lint.lab.program-absolute", ["path": path])
        }
        if path.split(separator: "/").contains("..") {
            return
                Messages.text("lint.lab.program-outside", ["path": path])
        }
        if !path.hasSuffix(".py") {
            return Messages.text("lint.lab.program-not-python", ["path": path])
        }
        return nil
    }

    /// The path without `.` components and repeated slashes (`./labs//a.py` is `labs/a.py`), as
    /// the built-in course's files are named.
    static func normalized(_ path: String) -> String {
        path.split(separator: "/").filter { $0 != "." }.joined(separator: "/")
    }
}
