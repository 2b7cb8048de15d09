import Testing

@testable import TextRendering

/// Focused goldens for individual markdown features.
@Suite struct MarkdownStructureTests {
    private func render(_ markdown: String, width: Int = 40, color: Bool = false) -> [String] {
        MarkdownRenderer.render(markdown, options: RenderOptions(width: width, color: color))
    }

    @Test func headingLevelsWithoutColorAreUnderlined() {
        let expected = """
            Title
            ═════

            Section 中文
            ────────────

            Sub
            ───
            """
        #expect(render("# Title\n\n## Section 中文 ##\n#### Sub") == lines(expected))
    }

    @Test func headingsWithColorAreStyledNotUnderlined() {
        #expect(
            render("# T\n\n## S", color: true) == ["\u{1B}[1;4;36mT\u{1B}[0m", "", "\u{1B}[1;36mS\u{1B}[0m"])
    }

    @Test func inlineMarkupWithoutColor() {
        let rendered = render(
            #"Call `asyncio.create_task` on snake_case_names, *not* \*this\*; see [https://x.org](https://x.org) or [docs](https://d.org "Title")."#,
            width: 120)
        #expect(
            rendered == [
                #"Call `asyncio.create_task` on snake_case_names, not *this*; see https://x.org or docs (https://d.org)."#
            ])
    }

    @Test func inlineStylesNest() {
        let rendered = render("**bold _both_** and `` a`b ``", color: true)
        #expect(rendered == ["\u{1B}[1mbold \u{1B}[0m\u{1B}[1;3mboth\u{1B}[0m and \u{1B}[33ma`b\u{1B}[0m"])
    }

    @Test func unmatchedMarkersStayLiteral() {
        #expect(render("2 * 3 = 6, a ** b, `open and [link](") == ["2 * 3 = 6, a ** b, `open and [link]("])
    }

    /// Bullets change shape with the nesting depth of any list, numbered or not.
    @Test func orderedListNumbersAlignAndNestedListsIndent() {
        var markdown = (1...9).map { "\($0). item" }.joined(separator: "\n")
        markdown += "\n10. ten has a long text that wraps\n    * nested bullet\n      + deeper"
        let expected = """
             1. item
             2. item
             3. item
             4. item
             5. item
             6. item
             7. item
             8. item
             9. item
            10. ten has a long text
                that wraps
                ◦ nested bullet
                  ▪ deeper
            """
        #expect(render(markdown, width: 24) == lines(expected))
    }

    @Test func quoteWrapsInsideBarAndHoldsBlocks() {
        let expected = """
            │ Quoted text that wraps
            │ inside the bar.
            │
            │ • item
            """
        #expect(
            render("> Quoted text that wraps inside\nthe bar.\n>\n> - item", width: 24) == lines(expected))
    }

    @Test func codeBlockInsideListKeepsIndentationOfCode() {
        let expected = """
            • Run:
              ── sh ──
              swift test
              ────────
            """
        #expect(render("- Run:\n  ```sh\n  swift test\n  ```") == lines(expected))
    }

    @Test func blankLinesOnlyBetweenBlocks() {
        #expect(render("\n\n\npara one\n\n\n\npara two\n\n\n") == ["para one", "", "para two"])
        #expect(render("") == [])
    }

    @Test func longWordsAreBrokenAndRuleFillsWidth() {
        #expect(render("abcdefghijklmnop\n\n---", width: 10) == ["abcdefghij", "klmnop", "", "──────────"])
    }
}
