import Lessons
import Messages

extension ProgressRecord {
    /// `2/3 labs done` (won, or proved impossible), for a lesson that has labs.
    func labTally(of lesson: Lesson) -> String? {
        guard !lesson.labs.isEmpty else { return nil }
        let progress = self[lesson: lesson.id].labs
        let done = lesson.labs.filter { progress[$0.id].map { $0.won || $0.proved } ?? false }.count
        return Messages.text(
            lesson.labs.count == 1 ? "labs.tally.one" : "labs.tally.other",
            ["done": "\(done)", "count": "\(lesson.labs.count)"])
    }
}
