import Testing

@testable import TextRendering

/// Chinese wraps between characters, never inside a Latin word or a code span, and keeps closing
/// punctuation off the start of a line and opening punctuation off the end, even where a piece
/// wider than the line must be broken anywhere.
@Suite struct ChineseLineBreakTests {
    static let closing: Set<Character> = ["，", "。", "、", "；", "：", "？", "！", "）", "」"]
    static let opening: Set<Character> = ["（", "「"]

    func lines(_ markdown: String, width: Int) -> [String] {
        MarkdownRenderer.render(markdown, options: RenderOptions(width: width, color: false))
    }

    @Test(arguments: 20...60)
    func noLineStartsWithClosingOrEndsWithOpeningPunctuation(width: Int) {
        let text =
            "在读和写之间放一个调用（`v = counter; f(); counter = v + 1`），同样的 3.11 就会丢掉 400,000 多次。"
            + "队列是 `queue.Queue`：先进先出，「先到先得」。"
        for line in lines(text, width: width) {
            #expect(DisplayWidth.of(line) <= width, "`\(line)`")
            #expect(line.first.map { !Self.closing.contains($0) } ?? true, "`\(line)` at \(width)")
            #expect(line.last.map { !Self.opening.contains($0) } ?? true, "`\(line)` at \(width)")
        }
    }

    @Test(arguments: 16...40)
    func latinWordsAndCodeSpansStayWhole(width: Int) {
        let rendered = lines("用 Condition 对象等待，再用 `notify_all()` 唤醒所有等待的线程。", width: width).joined(
            separator: "\n")
        #expect(rendered.contains("Condition"))
        #expect(rendered.contains("`notify_all()`"))
    }
}
