import Testing

@testable import LineEditing

@Suite struct CompletionPlanTests {
    @Test func singleCandidateCompletesTheWordAndAddsASpace() {
        #expect(
            CompletionPlan(partialWord: "les", candidates: ["lessons"])
                == .edit(deleting: 0, inserting: "sons "))
    }

    @Test func severalCandidatesInsertTheirCommonPrefix() {
        #expect(
            CompletionPlan(partialWord: "l", candidates: ["lesson-1", "lessons"])
                == .edit(deleting: 0, inserting: "esson"))
    }

    @Test func severalCandidatesWithNothingToAddAreListed() {
        #expect(
            CompletionPlan(partialWord: "l", candidates: ["list", "lessons", "list"])
                == .list(["list", "lessons"]))
    }

    @Test func noCandidatesBeeps() {
        #expect(CompletionPlan(partialWord: "zz", candidates: []) == .beep)
    }

    @Test func afterASpaceThePartialWordIsEmpty() {
        #expect(CompletionPlan.partialWord(in: "run ") == "")
        #expect(CompletionPlan.partialWord(in: "") == "")
        #expect(CompletionPlan.partialWord(in: "run les") == "les")
        #expect(
            CompletionPlan(partialWord: "", candidates: ["lessons"])
                == .edit(deleting: 0, inserting: "lessons "))
        #expect(CompletionPlan(partialWord: "", candidates: ["quit", "run"]) == .list(["quit", "run"]))
    }

    @Test func multibyteCandidatesShareWholeCharacters() {
        #expect(CompletionPlan.partialWord(in: "run 学") == "学")
        #expect(CompletionPlan(partialWord: "学", candidates: ["学习", "学生"]) == .list(["学习", "学生"]))
        #expect(
            CompletionPlan(partialWord: "", candidates: ["学习", "学生"]) == .edit(deleting: 0, inserting: "学"))
        #expect(CompletionPlan(partialWord: "学", candidates: ["学习"]) == .edit(deleting: 0, inserting: "习 "))
        // 学 (U+5B66) and 孝 (U+5B5D) share their first two UTF-8 bytes; no partial character is inserted.
        #expect(CompletionPlan(partialWord: "", candidates: ["学", "孝"]) == .list(["学", "孝"]))
    }

    @Test func aCandidateThatDoesNotExtendTheWordReplacesIt() {
        #expect(
            CompletionPlan(partialWord: "LES", candidates: ["lessons"])
                == .edit(deleting: 3, inserting: "lessons "))
        #expect(
            CompletionPlan(partialWord: "Ü", candidates: ["über"]) == .edit(deleting: 1, inserting: "über "))
    }
}

@Suite struct CompletionListingTests {
    @Test func fillsColumnsTopToBottomWithinTheWidth() {
        let text = CompletionListing.render(["a", "bb", "ccc", "d", "e"], width: 12)
        #expect(text == "a    d\nbb   e\nccc\n")
    }

    @Test func narrowTerminalGivesOneCandidatePerLine() {
        #expect(CompletionListing.render(["lessons", "list"], width: 3) == "lessons\nlist\n")
    }

    @Test func wideCharactersCountTwoColumns() {
        #expect(CompletionListing.displayWidth("学习") == 4)
        #expect(CompletionListing.displayWidth("e\u{301}") == 1)
        #expect(CompletionListing.render(["学习", "ab"], width: 80) == "学习  ab\n")
    }
}

@Suite struct PromptMarkupTests {
    @Test func colorSequencesAreBracketedByTheIgnoreMarker() {
        #expect(
            PromptMarkup.marked("\u{1B}[1;32mspindle\u{1B}[0m> ")
                == "\u{1}\u{1B}[1;32m\u{1}spindle\u{1}\u{1B}[0m\u{1}> ")
    }

    @Test func plainPromptsAreUnchanged() {
        #expect(PromptMarkup.marked("学习> ") == "学习> ")
    }

    @Test func hyperlinksAreBracketedWhole() {
        let link = "\u{1B}]8;;https://example.com\u{1B}\\"
        #expect(PromptMarkup.marked(link + "x") == "\u{1}" + link + "\u{1}x")
    }
}
