import Messages

/// Where a run's lessons come from.
public enum CourseSource: Sendable, Equatable, CustomStringConvertible {
    /// The course built into the program, with the lessons of the folder `overlay` (if any) on
    /// top: a lesson there with the id of a built-in one replaces it, the others are added.
    case builtIn(overlay: String?)
    /// The lessons of this folder alone.
    case folder(String)

    /// How messages name the course: "reloaded 18 lessons from the built-in course".
    public var description: String {
        switch self {
        case .builtIn(overlay: nil): Messages.text("lint.course-source.built-in")
        case .builtIn(overlay: let folder?):
            Messages.text("lint.course-source.built-in-and", ["folder": folder])
        case .folder(let folder): folder
        }
    }
}
