import Messages

/// Checks on how lessons fit together: unique ids and order numbers, and `requires` that name
/// real lessons without going round in circles.
enum CourseChecks {
    static func duplicates(in lessons: [Lesson]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var byID: [String: Lesson] = [:]
        var byOrder: [Int: Lesson] = [:]
        for lesson in lessons {
            if let first = byID[lesson.id] {
                diagnostics.append(
                    error(
                        in: lesson, at: lesson.locations.id,
                        Messages.text("lint.course.duplicate-id", ["id": lesson.id, "file": first.file])
                    ))
            } else {
                byID[lesson.id] = lesson
            }
            if let first = byOrder[lesson.order] {
                diagnostics.append(
                    error(
                        in: lesson, at: lesson.locations.order,
                        Messages.text(
                            "lint.course.duplicate-order",
                            ["order": "\(lesson.order)", "file": first.file, "id": first.id])
                    ))
            } else {
                byOrder[lesson.order] = lesson
            }
        }
        return diagnostics
    }

    static func requirements(of lessons: [Lesson]) -> [Diagnostic] {
        let ids = lessons.map(\.id)
        var diagnostics: [Diagnostic] = []
        for lesson in lessons {
            for (index, required) in lesson.requires.enumerated() where !ids.contains(required) {
                let hint = Suggestions.hint(for: required, in: ids)
                let fix = hint.isEmpty ? Messages.text("lint.hint.use-another-lesson") : hint
                diagnostics.append(
                    error(
                        in: lesson, at: lesson.requiresLocation(index),
                        Messages.text("lint.course.unknown-requirement", ["lesson": required, "fix": fix])))
            }
        }
        return diagnostics + cycles(in: lessons)
    }

    /// Each cycle once, reported at the requirement that closes it, e.g. `a -> b -> a` at the
    /// `a` in b's `requires`.
    private static func cycles(in lessons: [Lesson]) -> [Diagnostic] {
        var lessonsByID: [String: Lesson] = [:]
        for lesson in lessons where lessonsByID[lesson.id] == nil {
            lessonsByID[lesson.id] = lesson
        }
        var finished: Set<String> = []
        var path: [String] = []
        var diagnostics: [Diagnostic] = []

        func visit(_ lesson: Lesson) {
            path.append(lesson.id)
            for (index, required) in lesson.requires.enumerated() {
                if let start = path.firstIndex(of: required) {
                    let cycle = (path[start...] + [required]).joined(separator: " -> ")
                    diagnostics.append(
                        error(
                            in: lesson, at: lesson.requiresLocation(index),
                            Messages.text("lint.course.cycle", ["cycle": cycle])))
                } else if !finished.contains(required), let next = lessonsByID[required] {
                    visit(next)
                }
            }
            path.removeLast()
            finished.insert(lesson.id)
        }

        for lesson in lessons where !finished.contains(lesson.id) {
            visit(lesson)
        }
        return diagnostics
    }

    private static func error(in lesson: Lesson, at location: SourceLocation, _ message: String) -> Diagnostic
    {
        Diagnostic(.error, file: lesson.file, line: location.line, column: location.column, message)
    }
}

extension Lesson {
    /// Where the `index`th requirement was written; lessons built in code have no positions.
    func requiresLocation(_ index: Int) -> SourceLocation {
        locations.requires.indices.contains(index) ? locations.requires[index] : locations.id
    }
}
