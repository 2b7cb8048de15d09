/// The rules for `program:` paths. A lab program is read from the lesson's own folder, so a path
/// may not leave it: a lesson folder shared with a student must not show them any other file
/// of their machine.
enum LabProgramPath {
    /// Nil for a usable path, otherwise the message.
    static func problem(with path: String) -> String? {
        if path.hasPrefix("/") {
            return
                "`program: \(path)` is an absolute path; write it relative to the lesson's folder, e.g. `labs/lost-update.py`"
        }
        if path.split(separator: "/").contains("..") {
            return
                "`program: \(path)` leaves the lesson's folder; keep lab programs in a `labs/` folder beside the lesson"
        }
        if !path.hasSuffix(".py") {
            return "`program: \(path)` is not a Python file; name a `.py` file, e.g. `labs/lost-update.py`"
        }
        return nil
    }

    /// The path without `.` components and repeated slashes (`./labs//a.py` is `labs/a.py`), as
    /// the built-in course's files are named.
    static func normalized(_ path: String) -> String {
        path.split(separator: "/").filter { $0 != "." }.joined(separator: "/")
    }
}
