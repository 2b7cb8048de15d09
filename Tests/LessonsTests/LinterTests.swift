import Lessons
import Testing

@Suite struct LinterTests {
    /// A lesson whose front matter has `extra` on line 5; without `extra` the body starts on line 6.
    func file(_ name: String, id: String, extra: String, body: String = "## One\ntext") -> (
        name: String, text: String
    ) {
        (name, lessonText(id: id, extra: extra, body: body))
    }

    @Test func duplicateIDIsReportedAtTheSecondFile() {
        #expect(
            lint([file("01-pipes.md", id: "pipes", extra: ""), file("02-pipes.md", id: "pipes", extra: "")])
                == [
                    "02-pipes.md:2:5: error: duplicate lesson id `pipes`, also used by 01-pipes.md; give each lesson its own id"
                ])
    }

    @Test func duplicateOrder() {
        #expect(
            lint([
                file("02-pipes.md", id: "pipes", extra: ""), file("fork.md", id: "fork", extra: "order: 2"),
            ]) == [
                "fork.md:5:8: error: duplicate lesson order 2, also used by 02-pipes.md (`pipes`); give each lesson its own number"
            ])
    }

    @Test func unknownRequirementSuggestsAnID() {
        #expect(
            lint([
                file("01-pipes.md", id: "pipes", extra: ""),
                file("02-fork.md", id: "fork", extra: "requires: [pipez]"),
            ]) == [
                "02-fork.md:5:12: error: `requires` names unknown lesson `pipez`; did you mean `pipes`?"
            ])
    }

    @Test func requirementCycleIsNamed() {
        let files = [
            file("01-a.md", id: "a", extra: "requires: [b]"),
            file("02-b.md", id: "b", extra: "requires: [c]"),
            file("03-c.md", id: "c", extra: "requires:\n  - a"),
        ]
        #expect(
            lint(files) == [
                "03-c.md:6:5: error: `requires` forms a cycle: a -> b -> c -> a; remove one of these requirements"
            ])
    }

    @Test func unknownDemo() {
        #expect(
            lint([file("01-a.md", id: "a", extra: "", body: "## One\n```demo shared-countr\n```")]) == [
                "01-a.md:7:9: error: unknown demo `shared-countr`; did you mean `shared-counter`?"
            ])
    }

    @Test func unknownParameterListsTheDemosParameters() {
        #expect(
            lint([file("01-a.md", id: "a", extra: "", body: "## One\n```demo shared-counter worker=4\n```")])
                == [
                    "01-a.md:7:24: error: demo `shared-counter` has no parameter `worker` (it takes workers, lock); did you mean `workers`?"
                ])
    }

    @Test func badParameterValue() {
        #expect(
            lint([
                file(
                    "01-a.md", id: "a", extra: "",
                    body: "## One\n```demo shared-counter lock=on workers=abc\n```")
            ]) == [
                "01-a.md:7:32: error: `workers=abc` for demo `shared-counter`: expected a whole number from 1 to 64"
            ])
    }

    @Test func predictionResultTheDemoDoesNotProduce() {
        let body =
            "## One\n```demo shared-counter\n```\n```predict\nid: p\nquestion: Lost?\nresult: lots\n"
            + "choices: [{text: a, when: \"= 0\"}, {text: b, when: \"> 0\"}]\nexplain: e\n```"
        #expect(
            lint([file("01-a.md", id: "a", extra: "", body: body)]) == [
                "01-a.md:12:9: error: demo `shared-counter` reports no result `lots` (it reports expected, actual, lost); did you mean `lost`?"
            ])
    }

    @Test func withoutACatalogDemosAreNotChecked() {
        let body =
            "## One\n```demo no-such-demo bogus=1\n```\n```predict\nid: p\nquestion: Lost?\nresult: nothing\n"
            + "choices: [{text: a, when: \"= 0\"}, {text: b, when: \"> 0\"}]\nexplain: e\n```"
        let files = [file("01-a.md", id: "a", extra: "", body: body)]
        #expect(lint(files, catalog: nil).isEmpty)
        #expect(
            lint(files) == [
                "01-a.md:7:9: error: unknown demo `no-such-demo`; the closest are `fork-order`, `fork-tree`, `fork-basics` (`spindle demos` lists all)"
            ])
    }
}
