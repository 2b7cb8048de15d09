import Testing

@testable import TextRendering

@Suite struct DisplayWidthTests {
    @Test(
        arguments: [
            ("a", 1),
            ("中", 2),
            ("\u{E9}", 1), // é, precomposed
            ("e\u{301}", 1), // é, e + combining acute
            ("😀", 2),
            ("\u{2764}\u{FE0F}", 2), // ❤️ emoji presentation
            ("\u{2764}", 1), // ❤ text presentation
            ("🇨🇳", 2),
            ("👩\u{200D}👩\u{200D}👧", 2),
            ("\u{200D}", 0), // zero width joiner alone
            ("한", 2),
            ("Ａ", 2), // fullwidth A
            ("1\u{FE0F}\u{20E3}", 2), // keycap 1️⃣
            ("👍🏽", 2), // emoji with skin tone modifier
            ("\u{1B}", 0),
            ("\u{9B}", 0),
            ("\u{301}", 0), // combining mark with nothing to combine with
        ] as [(Character, Int)])
    func characterWidth(character: Character, expected: Int) {
        #expect(DisplayWidth.of(character) == expected)
    }

    @Test func stringWidthSumsCharacters() {
        #expect(DisplayWidth.of("Swift 并发 😀!") == 5 + 1 + 4 + 1 + 2 + 1)
        #expect(DisplayWidth.of("") == 0)
        #expect(DisplayWidth.of("abc"[...]) == 3)
    }

    @Test func truncateToNoRoomGivesNothing() {
        #expect(DisplayWidth.truncate("中文字", toWidth: -3, ellipsis: "…") == "")
        #expect(DisplayWidth.truncate("abc", toWidth: 0, ellipsis: "…") == "")
    }

    @Test func truncateNeverSplitsAWideCharacter() {
        #expect(DisplayWidth.truncate("中文字", toWidth: 5) == "中文")
        #expect(DisplayWidth.truncate("中文字", toWidth: 6) == "中文字")
        #expect(DisplayWidth.truncate("abcdef", toWidth: 4, ellipsis: "…") == "abc…")
        #expect(DisplayWidth.truncate("中文字", toWidth: 4, ellipsis: "…") == "中…")
    }

    @Test func padAndFitReachExactWidth() {
        #expect(DisplayWidth.pad("中", toWidth: 4) == "中  ")
        #expect(DisplayWidth.pad("中", toWidth: 4, alignment: .right) == "  中")
        #expect(DisplayWidth.pad("ab", toWidth: 5, alignment: .center) == " ab  ")
        #expect(DisplayWidth.pad("toolong", toWidth: 3) == "toolong")
        #expect(DisplayWidth.fit("中文字", toWidth: 5) == "中文 ")
        #expect(DisplayWidth.fit("中文字", toWidth: 5, ellipsis: "…") == "中文…")
        #expect(DisplayWidth.fit("ab", toWidth: 3, alignment: .right) == " ab")
    }
}
