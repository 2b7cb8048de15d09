import Lab
import LabScreen
import Lessons
import TestSupport
import Testing

@testable import spindle

/// Every lab of the course, as lint and a student meet it: the explorer agrees with the block's
/// `reachable:`, and a winnable lab is won by pressing the keys its shortest win needs.
@Suite("Course labs")
struct CourseLabTests {
    static let library = LessonLibrary.load(
        paths: [Repository.lessons], catalog: CatalogDemoSignatures.current)

    static var labs: [CourseLab] { library.labs }

    static func launch(_ courseLab: CourseLab) throws -> LabLaunch {
        let text = try courseLab.lesson.labProgram(for: courseLab.lab)
        let program = try LabProgram(source: text.text, file: text.file)
        return LabLaunch(
            program: program, fileName: text.file, title: courseLab.lab.title,
            goal: try LabGoal.parse(courseLab.lab.goal, for: program), hints: courseLab.lab.hints,
            explanation: courseLab.lab.explanation)
    }

    @Test("the course has at least ten labs, winnable and proved impossible ones")
    func enoughLabs() {
        #expect(Self.labs.count >= 10)
        #expect(Self.labs.contains { $0.lab.reachable })
        #expect(Self.labs.contains { !$0.lab.reachable })
    }

    @Test("each lab's program and goal check out, and the explorer agrees with `reachable:`")
    func labsCheckOut() throws {
        for courseLab in Self.labs {
            let text = try courseLab.lesson.labProgram(for: courseLab.lab)
            let problems = LabChecker().check(
                program: text.text, file: text.file, goal: courseLab.lab.goal,
                reachable: courseLab.lab.reachable)
            #expect(problems.isEmpty, "\(courseLab.fullID): \(problems.map(\.message))")
        }
    }

    @Test("a winnable lab is won by the keys of its shortest win; an impossible one is proved")
    func shortestWinsReplay() throws {
        for courseLab in Self.labs {
            let launch = try Self.launch(courseLab)
            let goal = try #require(launch.goal)
            var game = EngineLabGame(launch)
            switch GoalSearch.search(from: game.engine, goal: goal) {
            case .reachable(let schedule, _):
                #expect(courseLab.lab.reachable, "\(courseLab.fullID)")
                for thread in schedule {
                    let column = try #require(game.engine.threads.firstIndex { $0.id == thread })
                    game.perform(.step(column))
                }
                guard case .won = game.snapshot.phase else {
                    Issue.record("\(courseLab.fullID): not won after its shortest schedule")
                    continue
                }
                #expect(game.fewestWinningSteps == schedule.count, "\(courseLab.fullID)")
            case .unreachable:
                #expect(!courseLab.lab.reachable, "\(courseLab.fullID)")
                game.perform(.explore)
                #expect(game.provedUnreachable, "\(courseLab.fullID)")
            case .stopped(let states):
                Issue.record("\(courseLab.fullID): the search stopped after \(states) states")
            }
        }
    }
}
