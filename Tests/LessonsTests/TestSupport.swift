import Lessons

/// A small demo catalogue standing in for the `Demos` module.
struct TestDemoSignatures: DemoSignatures {
    let signatures = [
        DemoSignature(
            name: "shared-counter", summary: "Threads increment one counter without a lock.",
            parameters: [
                DemoParameter(name: "workers", kind: .integer(1...64), summary: "Threads."),
                DemoParameter(name: "lock", kind: .flag, summary: "Guard the counter."),
            ],
            results: ["expected", "actual", "lost"]),
        DemoSignature(
            name: "fork-order", summary: "Who prints first after fork.",
            parameters: [], results: ["first", "child_waited"],
            resultValues: ["first": .words(["parent", "child", "nowhere"]), "child_waited": .yesNo]),
        DemoSignature(name: "fork-basics", summary: "What fork returns.", parameters: [], results: []),
        DemoSignature(name: "fork-tree", summary: "Forks in a loop.", parameters: [], results: []),
        DemoSignature(name: "pipe-basics", summary: "A pipe.", parameters: [], results: []),
    ]

    func signature(of name: String) -> DemoSignature? {
        signatures.first { $0.name == name }
    }

    var demoNames: [String] { signatures.map(\.name).sorted() }
}

/// Front matter followed by `body`; the body starts on line 6.
func lessonText(id: String = "race", extra: String = "", body: String) -> String {
    """
    ---
    id: \(id)
    title: Races
    summary: Two threads, one counter.\(extra.isEmpty ? "" : "\n" + extra)
    ---
    \(body)
    """
}

/// The diagnostics of parsing `text`, as `file:line:column: severity: message` lines.
func diagnostics(_ text: String, file: String = "03-race.md") -> [String] {
    LessonParser.parse(text, file: file).diagnostics.map(\.description)
}

/// The lessons of several files, parsed and then linted.
func lint(_ files: [(name: String, text: String)], catalog: (any DemoSignatures)? = TestDemoSignatures())
    -> [String]
{
    let lessons = files.compactMap { LessonParser.parse($0.text, file: $0.name).lesson }
    return LessonLinter(catalog: catalog).lint(lessons).map(\.description)
}
