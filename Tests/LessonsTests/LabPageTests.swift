import Lessons
import Testing

/// What a page shows where a lab block stands, and what it keeps to the lab itself.
@Suite struct LabPageTests {
    @Test func aPageWithOneLabSaysToTypeLab() throws {
        let lesson = try #require(parsedLesson(labLesson("Before.\n", fileLab(), "\nAfter.")))
        #expect(
            lesson.pages[0].elements == [
                .prose(Prose(markdown: "Before.", line: 7)),
                .prose(
                    Prose(
                        markdown:
                            "**Lab:** Make the counter end at 1\n\n**Goal:** `end counter == 1`\n\nType `lab` to play.",
                        line: 9, lab: lesson.labs[0])),
                .prose(Prose(markdown: "After.", line: 21)),
            ])
    }

    @Test func aPageWithTwoLabsNamesEach() throws {
        let lesson = try #require(parsedLesson(labLesson(fileLab(id: "first"), fileLab(id: "second"))))
        let texts = lesson.pages[0].elements.compactMap {
            if case .prose(let prose) = $0 { prose.markdown } else { nil }
        }
        #expect(
            texts.map { $0.components(separatedBy: "\n\n").last } == [
                "Type `lab first` to play.", "Type `lab second` to play.",
            ])
        #expect(lesson.pages[0].labs.map(\.id) == ["first", "second"])
    }

    @Test func labsAreCountedPerPage() throws {
        let text = lessonText(
            body: "## One\n" + fileLab(id: "a") + "\n## Two\n" + fileLab(id: "b") + "\n" + fileLab(id: "c"))
        let lesson = try #require(parsedLesson(text))
        #expect(lesson.labs.map(\.id) == ["a", "b", "c"])
        #expect(lesson.pages.map(\.labs.count) == [1, 2])
        #expect(lesson.pages[0].elements.count == 1)
        guard case .prose(let prose) = lesson.pages[0].elements[0] else {
            Issue.record("the lab should stand on the page as prose")
            return
        }
        #expect(prose.markdown.hasSuffix("Type `lab` to play."))
    }

    @Test func hintsAndExplanationStayOffThePage() throws {
        let lesson = try #require(parsedLesson(labLesson(fileLab())))
        let page = lesson.pages[0].elements.map { element -> String in
            if case .prose(let prose) = element { prose.markdown } else { "" }
        }.joined()
        #expect(!page.contains("Both threads read"))
        #expect(!page.contains("Then both write"))
        #expect(!page.contains("writes is lost"))
    }

    @Test func aGoalWithBackticksIsShownVerbatim() throws {
        let block = labBlock(
            "id: a", "title: T", "program: labs/a.py", "goal: end name == `x`", "reachable: yes")
        let lesson = try #require(parsedLesson(labLesson(block)))
        guard case .prose(let prose) = lesson.pages[0].elements[0] else {
            Issue.record("the lab should stand on the page as prose")
            return
        }
        #expect(prose.markdown.contains("**Goal:** `` end name == `x` ``"))
    }
}
