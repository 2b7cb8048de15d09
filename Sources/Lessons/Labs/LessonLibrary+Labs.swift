import Foundation
import Messages

extension LessonLibrary {
    /// Every lab of the course, lesson by lesson in course order, in reading order within each.
    public var labs: [CourseLab] {
        lessons.flatMap { lesson in lesson.labs.map { CourseLab(lesson: lesson, lab: $0) } }
    }

    /// The lab that `key` names: `LESSON/LAB`, where `LESSON` is a lesson's id or number as
    /// `lesson(matching:)` takes it (`locks/lost-update`, `6/lost-update`), or a bare `LAB` id
    /// that only one lesson has.
    public func lab(matching key: String) throws(LabLookupError) -> CourseLab {
        let key = key.trimmingCharacters(in: .whitespaces).lowercased()
        let parts = key.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 else { return try lab(withBareID: key) }
        guard let lesson = lesson(matching: parts[0]) else {
            let hint = Suggestions.hint(for: parts[0], in: lessons.map(\.id))
            throw LabLookupError(
                Messages.text(
                    "lint.lab-lookup.no-lesson",
                    [
                        "lesson": parts[0],
                        "fix": hint.isEmpty ? Messages.text("lint.hint.lesson-id-or-number") : hint,
                    ]))
        }
        let ids = lesson.labs.map(\.id)
        guard let lab = lesson.labs.first(where: { $0.id == parts[1] }) else {
            guard !ids.isEmpty else {
                throw LabLookupError(Messages.text("lint.lab-lookup.no-labs", ["lesson": lesson.id]))
            }
            let hint = Suggestions.hint(for: parts[1], in: ids)
            throw LabLookupError(
                Messages.text(
                    "lint.lab-lookup.no-such-lab",
                    ["lesson": lesson.id, "lab": parts[1], "labs": Self.listed(ids), "hint": hint]))
        }
        return CourseLab(lesson: lesson, lab: lab)
    }

    private func lab(withBareID id: String) throws(LabLookupError) -> CourseLab {
        let all = labs
        let matches = all.filter { $0.lab.id == id }
        switch matches.count {
        case 1:
            return matches[0]
        case 0:
            guard !all.isEmpty else { throw LabLookupError(Messages.text("lint.lab-lookup.course-has-none")) }
            var ids: [String] = []
            for lab in all where !ids.contains(lab.lab.id) { ids.append(lab.lab.id) }
            // Each bare id stands for every lesson's lab of that id, in the order given.
            let fullIDs = { (bare: [String]) in
                bare.flatMap { id in all.filter { $0.lab.id == id }.map(\.fullID) }
            }
            let fix =
                Suggestions.closest(to: id, in: ids).map {
                    Messages.text("lint.hint.did-you-mean-listed", ["names": Self.listed(fullIDs([$0]))])
                }
                ?? Messages.text(
                    "lint.hint.closest",
                    ["names": Self.listed(fullIDs(Suggestions.nearest(to: id, in: ids, count: 3)))])
            throw LabLookupError(Messages.text("lint.lab-lookup.not-found", ["lab": id, "fix": fix]))
        default:
            throw LabLookupError(
                Messages.text(
                    "lint.lab-lookup.ambiguous",
                    ["lab": id, "count": "\(matches.count)", "labs": Self.listed(matches.map(\.fullID))]))
        }
    }

    /// "`a`, `b`, `c`".
    private static func listed(_ names: [String]) -> String {
        names.map { "`\($0)`" }.joined(separator: ", ")
    }
}
