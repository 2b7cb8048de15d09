import Stage
import Testing
import TextRendering

@Suite("Pager")
struct PagerTests {
    let lines = (1...50).map { "line \($0)" }

    @Test("keys are read as less reads them")
    func keys() {
        #expect(PagerKey.parse(Array(" fb".utf8)) == [.nextScreen, .nextScreen, .previousScreen])
        #expect(
            PagerKey.parse([0x1B, 0x5B, 0x36, 0x7E, 0x1B, 0x5B, 0x35, 0x7E]) == [
                .nextScreen, .previousScreen,
            ])
        #expect(
            PagerKey.parse([0x1B, 0x5B, 0x42, 0x1B, 0x5B, 0x41, 0x0D]) == [.lineDown, .lineUp, .lineDown])
        #expect(PagerKey.parse(Array("qxQ".utf8)) == [.quit, .quit])
    }

    @Test("it opens at the top, pages a screen at a time, and finishes on reaching the end")
    func paging() {
        var model = PagerModel(lines: lines, rows: 20)
        #expect(model.visible.first == "line 1")
        #expect(model.visible.count == 19)
        #expect(model.status.hasPrefix("lines 1-19 of 50"))
        model.apply(.nextScreen)
        #expect(model.visible.first == "line 20")
        model.apply(.previousScreen)
        #expect(model.visible.first == "line 1")
        model.apply(.lineUp)
        #expect(model.top == 0)
        model.apply(.lineDown)
        #expect(model.visible.first == "line 2")
        #expect(!model.isFinished)
        model.apply(.nextScreen)
        model.apply(.nextScreen)
        #expect(model.visible.last == "line 50")
        #expect(model.isFinished)
    }

    @Test("q finishes anywhere; a resize keeps the first line and fills the new height")
    func quitAndResize() {
        var model = PagerModel(lines: lines, rows: 10)
        model.apply(.nextScreen)
        model.resize(rows: 30)
        #expect(model.visible.first == "line 10")
        #expect(model.visible.count == 29)
        model.resize(rows: 100)
        #expect(model.top == 0)
        model.apply(.quit)
        #expect(model.isFinished)
    }

    @Test("only a text taller than the screen less the prompt's row needs the pager")
    func needed() {
        #expect(!Pager.isNeeded(for: lines.prefix(23).joined(separator: "\n") + "\n", rows: 24))
        #expect(Pager.isNeeded(for: lines.prefix(24).joined(separator: "\n") + "\n", rows: 24))
    }
}

@Suite("Message wrapper")
struct MessageWrapperTests {
    @Test("long lines break between words, code spans stay whole, short lines stay as they are")
    func words() {
        let text =
            "unknown command `frobnicate`; did you mean `open 0`? (`help` lists commands)\nshort  line\n"
        let wrapped = MessageWrapper.wrap(text, width: 40)
        #expect(
            wrapped
                == "unknown command `frobnicate`; did you\nmean `open 0`? (`help` lists commands)\nshort  line\n"
        )
    }

    @Test("numbers and words are never cut: the issue's `20` / `,000.` at 60 columns")
    func numbers() {
        let line = "The workers added 1 each time, 10,000 times each, so the total should have been 20,000."
        let rows = MessageWrapper.wrap(line, width: 60).split(separator: "\n")
        #expect(rows.allSatisfy { DisplayWidth.of($0) <= 60 })
        #expect(rows.joined(separator: " ") == line)
    }

    @Test("a list row wraps under its second column")
    func hangingIndent() {
        let row = "  lessons   list the lessons with your progress and what comes next"
        #expect(
            MessageWrapper.wrap(row, width: 40)
                == "  lessons   list the lessons with your\n            progress and what comes next")
    }

    @Test("CJK text breaks between ideographs, within the width")
    func cjk() {
        let line = String(repeating: "并发是同时处理多件事。", count: 6)
        let rows = MessageWrapper.wrap(line, width: 30).split(separator: "\n")
        #expect(rows.count > 1)
        #expect(rows.allSatisfy { DisplayWidth.of($0) <= 30 })
        #expect(rows.joined() == line)
    }

    @Test("styled lines from the page renderer are left alone")
    func styled() {
        let line = "\u{1B}[1m" + String(repeating: "word ", count: 30) + "\u{1B}[0m"
        #expect(MessageWrapper.wrap(line, width: 40) == line)
    }
}
