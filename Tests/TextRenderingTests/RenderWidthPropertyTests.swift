import Testing

@testable import TextRendering

/// Whatever the document and width, no line may overflow: an overflowing line
/// wraps in the terminal and breaks every layout below it.
@Suite struct RenderWidthPropertyTests {
    static let documents = [
        samplePage,
        sampleChinese,
        sampleMixedTable,
        """
        ## A heading far longer than any narrow terminal could show on one line

        Supercalifragilisticexpialidocious_identifiers_like_this_one_do_not_fit.
        中文段落里有很长的句子，还有😀表情和🇨🇳国旗，以及 `code span with spaces` 和 [链接](https://example.com/a/very/long/path/that/must/be/broken)。

        1. Level one
           - Level two with **bold text that wraps** across lines
             - Level three: 一二三四五六七八九十一二三四五六七八九十
               > A quote inside a list with words that need wrapping here
        10. Tenth item

        > - list in a quote
        >
        > ```swift
        > let value = await task.value // a long comment to force truncation
        > ```

        | # | Name | Description |
        |--:|:----:|-------------|
        | 1 | 任务组 | Runs child tasks concurrently and collects their results in order |
        | 22 | Actor 🎭 | Protects mutable state; 一次只允许一个任务访问 |

        ***
        """,
    ]

    @Test(arguments: 0..<documents.count)
    func noLineExceedsWidth(document: Int) {
        for width in 10...100 {
            for color in [false, true] {
                let rendered = MarkdownRenderer.render(
                    Self.documents[document], options: RenderOptions(width: width, color: color))
                for line in rendered {
                    #expect(
                        visibleWidth(line) <= width, "width \(width), color \(color): \(visibleText(line))")
                    if !color { #expect(!line.contains("\u{1B}")) }
                }
                #expect(rendered.first != "" && rendered.last != "")
            }
        }
    }

    @Test func codeRenderersRespectWidth() {
        let python = "async def main():\n    results = await asyncio.gather(fetch('中文'), fetch('😀'))\n"
        let swift = "func main() async {\n    async let a = fetch(\"中文\")\n    async let b = fetch(\"😀\")\n}"
        for width in 10...100 {
            let options = RenderOptions(width: width, color: true)
            let single = CodeRenderer.render(code: python, language: "python", options: options)
            let pair = CodeRenderer.renderPair(
                (language: "python", code: python), (language: "swift", code: swift), options: options)
            for line in single + pair {
                #expect(visibleWidth(line) <= width, "width \(width): \(visibleText(line))")
            }
        }
    }
}
