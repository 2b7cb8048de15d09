import Lab
import Lessons
import Messages

/// Checks a lesson's lab block with the Lab module, for `spindle lint` and the tutor's `lint`:
/// the program is in the subset, the goal names what exists, and the explorer agrees with
/// `reachable:`.
struct LabChecker: LabChecking {
    /// Far more than any lab needs; a program that needs more is too big to teach with.
    static let maximumStates = 500_000

    func check(program: String, file: String, goal: String, reachable: Bool) -> [LabCheckProblem] {
        let compiled: LabProgram
        do {
            compiled = try LabProgram(source: program, file: file)
        } catch {
            return [
                LabCheckProblem(
                    place: .program(line: error.position.line, column: error.position.column),
                    message: error.message)
            ]
        }
        let parsedGoal: LabGoal
        do {
            parsedGoal = try LabGoal.parse(goal, for: compiled)
        } catch {
            return [LabCheckProblem(place: .goal(column: error.column), message: error.message)]
        }
        let result = GoalSearch.search(
            from: LabEngine(compiled), goal: parsedGoal, maxStates: Self.maximumStates)
        switch result {
        case .reachable(let schedule, _) where !reachable:
            return [
                LabCheckProblem(
                    place: .block,
                    message: Messages.text("cli.lab.check.reachable", ["steps": "\(schedule.count)"]))
            ]
        case .unreachable(let states) where reachable:
            return [
                LabCheckProblem(
                    place: .block,
                    message: Messages.text("cli.lab.check.unreachable", ["states": "\(states)"]))
            ]
        case .stopped(let states):
            return [
                LabCheckProblem(
                    place: .block,
                    message: Messages.text("cli.lab.check.undecided", ["states": "\(states)"]))
            ]
        default:
            return []
        }
    }
}
