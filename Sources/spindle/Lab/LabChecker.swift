import Lab
import Lessons

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
                    message: "the goal is reachable in \(schedule.count) steps, "
                        + "but the block says `reachable: no`")
            ]
        case .unreachable(let states) where reachable:
            return [
                LabCheckProblem(
                    place: .block,
                    message: "no schedule reaches the goal (all \(states) states tried), "
                        + "but the block says `reachable: yes`")
            ]
        case .stopped(let states):
            return [
                LabCheckProblem(
                    place: .block,
                    message: "the explorer stopped after \(states) states without deciding; "
                        + "shrink the program (fewer threads or loop rounds)")
            ]
        default:
            return []
        }
    }
}
