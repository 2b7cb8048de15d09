/// Checks one lesson's labs beyond their blocks' shape: that each program can be read and, with
/// a `LabChecking` from the executable, that it parses, that its goal makes sense and that the
/// goal is reachable as declared. Each problem is placed where it is fixed: the Python file,
/// the code or goal in the lesson, or the block's fence.
struct LabChecks {
    let lesson: Lesson
    let checker: (any LabChecking)?

    func diagnostics() -> [Diagnostic] {
        lesson.labs.flatMap(check)
    }

    private func check(_ lab: LabBlock) -> [Diagnostic] {
        let locations = lesson.locations.labs[lab.line]
        let program: LabProgramText
        do {
            program = try lesson.labProgram(for: lab)
        } catch {
            let location = locations?.program ?? SourceLocation(line: lab.line, column: 1)
            return [
                Diagnostic(
                    .error, file: lesson.file, line: location.line, column: location.column, error.message)
            ]
        }
        guard let checker else { return [] }
        let problems = checker.check(
            program: program.text, file: program.file, goal: lab.goal, reachable: lab.reachable)
        return problems.map { problem in
            let (file, location): (String, SourceLocation) =
                switch problem.place {
                case .program(let line, let column):
                    (program.file, program.location(line: line, column: column))
                case .goal(let column):
                    (
                        lesson.file,
                        SourceLocation(
                            line: lab.goalLine, column: (locations?.goal.column ?? 1) + column - 1)
                    )
                case .block:
                    (lesson.file, locations?.fence ?? SourceLocation(line: lab.line, column: 1))
                }
            return Diagnostic(
                .error, file: file, line: location.line, column: location.column, problem.message)
        }
    }
}
