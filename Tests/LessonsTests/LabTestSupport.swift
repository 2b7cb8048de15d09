import Lessons

/// A one-page lesson with `blocks` under its heading, which is on line
/// 6; the first block's fence is on line 7.
func labLesson(id: String = "race", _ blocks: String...) -> String {
    lessonText(id: id, body: "## One\n" + blocks.joined(separator: "\n"))
}

/// A ```` ```lab ```` block around these YAML lines.
func labBlock(_ lines: String...) -> String {
    (["```lab"] + lines + ["```"]).joined(separator: "\n")
}

/// A complete lab block whose program is a file: fence on line 7 when first, `program:` on
/// line 10 (value at column 10), `goal:` on line 11 (text at column 7).
func fileLab(id: String = "lost-update", program: String = "labs/lost-update.py") -> String {
    labBlock(
        "id: \(id)",
        "title: Make the counter end at 1",
        "program: \(program)",
        "goal: end counter == 1",
        "reachable: yes",
        "hints:",
        "  - Both threads read before either writes.",
        "  - Then both write.",
        "explain: One of the two writes is lost.")
}

/// The lesson parsed from `text`, which must have no errors.
func parsedLesson(_ text: String, file: String = "03-race.md") -> Lesson? {
    let (lesson, diagnostics) = LessonParser.parse(text, file: file)
    return diagnostics.contains { $0.severity == .error } ? nil : lesson
}

/// A lab checker that reports `problems`, each message followed by what it was asked to check,
/// so a test sees both where a problem lands and what the linter handed over.
struct FakeLabChecker: LabChecking {
    let problems: [LabCheckProblem.Place]

    func check(program: String, file: String, goal: String, reachable: Bool) -> [LabCheckProblem] {
        let asked =
            "file \(file), goal `\(goal)`, reachable \(reachable), \(program.split(separator: "\n").count) lines"
        return problems.map { LabCheckProblem(place: $0, message: asked) }
    }
}
