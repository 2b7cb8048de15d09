import Testing

@testable import TextRendering

/// Markdown a hostile or broken lesson can hold: nesting deep enough to exhaust the stack when
/// each level recurses, and runs of one character that made each opener search the rest of the
/// paragraph. Each renders, within the width, keeping its text.
@Suite struct MarkdownHostileInputTests {
    private func render(_ markdown: String, width: Int = 80) -> [String] {
        MarkdownRenderer.render(markdown, options: RenderOptions(width: width, color: false))
    }

    @Test func thousandsOfQuoteMarkersRenderFlatPastTheDepthLimit() {
        let rendered = render(String(repeating: ">", count: 4_500) + " deep")
        let bars = BlockParser.maxDepth
        // The first `maxDepth` levels are quotes (a bar each); the rest is text, wrapped.
        #expect(rendered.first?.hasPrefix(String(repeating: "│ ", count: bars) + ">") == true)
        #expect(rendered.joined().filter { $0 == ">" }.count == 4_500 - bars)
        #expect(rendered.joined().hasSuffix("deep"))
        #expect(rendered.allSatisfy { visibleWidth($0) <= 80 })
    }

    @Test func aThousandNestedListLevelsRenderFlatPastTheDepthLimit() {
        let markdown = (0..<1_000).map { String(repeating: " ", count: $0) + "- item\($0)" }.joined(
            separator: "\n")
        let rendered = render(markdown)
        let text = rendered.joined(separator: " ")
        #expect(text.contains("item0") && text.contains("item999"))
        #expect(rendered.allSatisfy { visibleWidth($0) <= 80 })
    }

    @Test func nestingWithinTheLimitIsKept() {
        #expect(render("> > > three") == ["│ │ │ three"])
        #expect(render("- a\n  - b\n    - c") == ["• a", "  ◦ b", "    ▪ c"])
    }

    @Test func aLongRunOfOpeningBracketsStaysLiteral() {
        let rendered = render(String(repeating: "[", count: 100_000))
        #expect(rendered.joined().count == 100_000)
        #expect(rendered.allSatisfy { $0.allSatisfy { $0 == "[" } })
    }

    @Test func aLongRunOfUnclosedEmphasisStaysLiteral() {
        let emphasis = String(repeating: "*a ", count: 30_000)
        #expect(render(emphasis, width: 1_000_000).joined() == String(emphasis.dropLast()))
    }

    @Test func deeplyNestedEmphasisAndLinksStayWithinTheDepthLimit() {
        let nested = String(repeating: "*a ", count: 5_000) + "x" + String(repeating: " b*", count: 5_000)
        let rendered = render(nested, width: 1_000_000).joined()
        #expect(rendered.contains("x"))
        let links = String(repeating: "[", count: 5_000) + "t" + String(repeating: "](u)", count: 5_000)
        #expect(render(links, width: 1_000_000).joined().contains("t"))
    }

    @Test func linksStillPairTheirBrackets() {
        #expect(
            render("see [a [nested] label](https://x.org) and [b](y)") == [
                "see a [nested] label (https://x.org) and b (y)"
            ])
    }
}
