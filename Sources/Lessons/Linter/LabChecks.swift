/// Checks one lesson's labs beyond their blocks' shape: that each program can be read and, with
/// a `LabChecking` from the executable, that it parses, that its goal makes sense and that the
/// goal is reachable as declared. Each problem is placed where it is fixed: the Python file,
/// the code or goal in the lesson, or the block's fence.
struct LabChecks {
    let lesson: Lesson
    let checker: (any LabChecking)?
    /// Explorations already made for another lesson: a lab asking the same of the same program
    /// file is not explored again, so its problems are reported once, where that file is.
    var explored: Set<Exploration> = []

    /// What one exploration asks: a program file, a goal, and whether the goal is reachable.
    struct Exploration: Hashable {
        let file: String
        let goal: String
        let reachable: Bool
    }

    func diagnostics() -> [Diagnostic] {
        lesson.labs.flatMap(check)
    }

    /// The explorations of this lesson's labs whose programs are files that can be read.
    func explorations() -> Set<Exploration> {
        Set(
            lesson.labs.compactMap { lab in
                guard case .file = lab.program, let program = try? lesson.labProgram(for: lab) else {
                    return nil
                }
                return Exploration(file: program.file, goal: lab.goal, reachable: lab.reachable)
            })
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
        if case .file = lab.program,
            explored.contains(Exploration(file: program.file, goal: lab.goal, reachable: lab.reachable))
        {
            return []
        }
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
