import Foundation
import Lab
import LabScreen
import Lessons
import Messages
import TextRendering
import Trace

extension TutorSession {
    /// `lab [ID | FILE.py [GOAL]]`: a lab to play: the open page's (or lesson's) lab, a lab of
    /// the course by id, or any lab program, with a goal when one follows the file name.
    func lab(_ argument: String) -> Reply {
        if argument.lowercased() == "list" || argument.isEmpty && currentLesson == nil {
            return Reply(text: labList())
        }
        do {
            return Reply(text: "", lab: try labLaunch(for: argument))
        } catch {
            return Reply(text: "\(error)\n")
        }
    }

    /// The lab `argument` names, ready to play; a failure is one line saying what to type.
    func labLaunch(for argument: String) throws -> LabLaunch {
        let words = argument.split(separator: " ", maxSplits: 1).map(String.init)
        guard let first = words.first else { return try launch(currentLessonLab()) }
        if first.hasSuffix(".py") || first.contains("/") && FileManager.default.fileExists(atPath: first) {
            return try fileLabLaunch(path: first, goal: words.count > 1 ? words[1] : nil)
        }
        return try courseLabLaunch(argument)
    }

    /// The course lab `key` names (`lost-update`, `be-the-scheduler/lost-update`); an unknown
    /// one is an error naming `listing`, the command that lists them where the student is.
    func courseLabLaunch(_ key: String, listing: String = "`lab list`") throws -> LabLaunch {
        do {
            return try launch(library.lab(matching: key))
        } catch let error as LabLookupError {
            throw CommandFailure(
                Messages.text("lab.unknown", ["problem": error.message, "listing": listing]))
        }
    }

    /// The lab on the open page, or the open lesson's only lab.
    private func currentLessonLab() throws -> CourseLab {
        guard let lesson = currentLesson, let position else {
            throw CommandFailure(Messages.text("lab.no-lesson"))
        }
        let onPage = lesson.pages[position.page].labs
        if onPage.count == 1 { return CourseLab(lesson: lesson, lab: onPage[0]) }
        let candidates = onPage.isEmpty ? lesson.labs : onPage
        guard candidates.count == 1 else {
            guard !candidates.isEmpty else {
                throw CommandFailure(Messages.text("lab.none-in-lesson"))
            }
            let ids = candidates.map { "`lab \($0.id)`" }.joined(separator: ", ")
            throw CommandFailure(Messages.text("lab.which", ["labs": ids]))
        }
        return CourseLab(lesson: lesson, lab: candidates[0])
    }

    private func launch(_ courseLab: CourseLab) throws -> LabLaunch {
        let text: LabProgramText
        do {
            text = try courseLab.lesson.labProgram(for: courseLab.lab)
        } catch {
            throw CommandFailure(
                Messages.text("lab.program-error", ["id": courseLab.fullID, "problem": error.message]))
        }
        let program: LabProgram
        let goal: LabGoal
        do {
            program = try LabProgram(source: text.text, file: text.file)
            goal = try LabGoal.parse(courseLab.lab.goal, for: program)
        } catch {
            throw CommandFailure(
                Messages.text("lab.cannot-play", ["id": courseLab.fullID, "problem": "\(error)"]))
        }
        return LabLaunch(
            program: program, fileName: text.file, title: courseLab.lab.title, goal: goal,
            hints: courseLab.lab.hints, explanation: courseLab.lab.explanation,
            courseLab: LabLaunch.CourseLab(lessonID: courseLab.lesson.id, labID: courseLab.lab.id))
    }

    /// A lab program from a file, with the goal written after it (free play without one).
    func fileLabLaunch(path: String, goal goalText: String?) throws -> LabLaunch {
        let expanded = (path as NSString).expandingTildeInPath
        let program = try LabProgramFile.load(expanded)
        let name = URL(fileURLWithPath: expanded).lastPathComponent
        var goal: LabGoal?
        if let goalText {
            do {
                goal = try LabGoal.parse(goalText, for: program)
            } catch {
                throw CommandFailure(
                    Messages.text(
                        "lab.goal-error",
                        ["goal": goalText, "column": "\(error.column)", "problem": error.message]))
            }
        }
        return LabLaunch(program: program, fileName: name, title: name, goal: goal)
    }

    /// `lab list`: every lab of the course, with what the student did in each; `command` plays one.
    func labList(command: String = "lab") -> String {
        let labs = library.labs
        guard !labs.isEmpty else { return Messages.text("lab.list.none") + "\n" }
        var lines = labs.map { courseLab -> String in
            let progress = record[lesson: courseLab.lesson.id].labs[courseLab.lab.id]
            return "\(Self.number(courseLab.lesson.order))  \(courseLab.fullID): "
                + TerminalText.sanitize(courseLab.lab.title)
                + (Self.labStatus(progress).map { Messages.text("labs.status", ["status": $0]) } ?? "")
        }
        lines.append(Messages.text("lab.list.footer", ["command": command, "id": labs[0].lab.id]))
        return lines.joined(separator: "\n") + "\n"
    }

    /// One line per lab of `lesson` the student played: `lab lost-update: won in 12 steps, 1 hint`.
    func labLines(_ lesson: Lesson) -> [String] {
        let progress = record[lesson: lesson.id].labs
        return lesson.labs.compactMap { lab in
            Self.labStatus(progress[lab.id]).map {
                Messages.text("progress.lab", ["id": lab.id, "status": $0])
            }
        }
    }

    /// `won in 6 steps`, `proved impossible`, `played, not won`, or nil for a lab not played.
    static func labStatus(_ progress: LabProgress?) -> String? {
        guard let progress, progress.plays > 0 else { return nil }
        if progress.won, let steps = progress.fewestSteps {
            guard progress.hintsUsed > 0 else {
                return Messages.text("labs.status.won", ["steps": "\(steps)"])
            }
            return Messages.text(
                progress.hintsUsed == 1 ? "labs.status.won.hints.one" : "labs.status.won.hints.other",
                ["steps": "\(steps)", "hints": "\(progress.hintsUsed)"])
        }
        return Messages.text(progress.proved ? "labs.status.proved" : "labs.status.played")
    }

    /// Records a game that is over: progress for a course lab, and (in the tutor, where
    /// `offersReplay`) the schedule played for `replay`, `step` and `save`; says how it went.
    func finishLab(_ game: EngineLabGame, offersReplay: Bool = true) -> String {
        var lines: [String] = []
        let launch = game.launch
        let name = launch.courseLab.map { "`\($0.fullID)`" } ?? launch.fileName
        if let steps = game.fewestWinningSteps {
            lines.append(
                Messages.text(
                    steps == 1 ? "lab.won.one" : "lab.won.other", ["name": name, "steps": "\(steps)"]))
        } else if game.provedUnreachable {
            lines.append(Messages.text("lab.proved", ["name": name]))
        }
        // The screen has two rows for it; here it is read whole.
        if game.fewestWinningSteps != nil || game.provedUnreachable, !launch.explanation.isEmpty {
            lines.append(TerminalText.sanitize(launch.explanation))
        } else if launch.goal != nil {
            lines.append(
                Messages.text(
                    "lab.not-won", ["name": name, "id": launch.courseLab?.fullID ?? launch.fileName]))
        }
        if let courseLab = launch.courseLab {
            var progress = record[lesson: courseLab.lessonID].labs[courseLab.labID] ?? LabProgress()
            progress.plays += 1
            progress.hintsUsed = max(progress.hintsUsed, game.hintsShown)
            if let steps = game.fewestWinningSteps {
                progress.won = true
                progress.fewestSteps = min(progress.fewestSteps ?? .max, steps)
            }
            if game.provedUnreachable { progress.proved = true }
            record[lesson: courseLab.lessonID].labs[courseLab.labID] = progress
            let failure = save()
            if !failure.isEmpty { lines.append(failure.trimmingCharacters(in: .newlines)) }
        }
        let schedule = game.engine.schedule
        if offersReplay, !schedule.isEmpty {
            let recorder = TraceRecorder()
            if (try? LabReplay.record(launch.program, schedule: schedule, into: recorder)) != nil {
                lastRun = PlayedRun(
                    events: recorder.events,
                    run: TraceRun(
                        demo: launch.courseLab?.fullID ?? launch.fileName,
                        parameters: ["schedule=" + schedule.map(String.init).joined(separator: ",")],
                        emphasis: [.lanes, .resources]))
                stepCursor = 0
                lines.append(Messages.text("lab.replay"))
            }
        }
        return wrapped(lines.map { $0 + "\n" }.joined())
    }
}
