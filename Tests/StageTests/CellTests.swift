import Testing
import TextRendering

@testable import Stage

/// Cells keep their grapheme inline; ones too long for that must still read back, compare
/// and draw exactly.
@Suite("Cell") struct CellTests {
    private let family = "👨\u{200D}👩\u{200D}👧\u{200D}👦"
    private let marked = "e\u{301}\u{302}\u{303}\u{304}"

    @Test func everyKindOfGraphemeReadsBackAsWritten() {
        for text in ["a", " ", "中", "🧵", "e\u{301}", "🇫🇷", family, marked, ""] {
            #expect(Cell(text, width: 2).text == text)
        }
    }

    @Test func longGraphemesCompareByText() {
        #expect(Cell(family, width: 2) == Cell(family, width: 2))
        #expect(Cell(family, width: 2) != Cell(marked, width: 2))
        #expect(Cell(marked) != Cell("e\u{301}"))
    }

    @Test func widthAndStyleAreKeptApart() {
        var cell = Cell("中", width: 2, style: TextStyle(bold: true, foreground: .cyan))
        #expect(cell.width == 2 && cell.style == TextStyle(bold: true, foreground: .cyan))
        cell.style = TextStyle(underline: true, inverse: true)
        #expect(cell.width == 2 && cell.style == TextStyle(underline: true, inverse: true))
        cell.width = 1
        #expect(cell.width == 1 && cell.style.inverse && !cell.isContinuation)
        #expect(Cell.continuation.isContinuation && Cell.continuation.text.isEmpty)
    }

    @Test func longGraphemesDrawAndChange() throws {
        var before = FrameBuffer(width: 10, height: 1)
        before.put("a\(family)b\(marked)", x: 0, y: 0)
        var after = before
        after.put(marked + family, x: 4, y: 0, style: TextStyle(foreground: .red))
        var screen = FrameDiffFixtures.garbageScreen(width: 10, height: 1)
        try screen.apply(FrameDiff.render(from: nil, to: before, color: true))
        #expect(screen.mismatch(with: before) == nil)
        try screen.apply(FrameDiff.render(from: before, to: after, color: true))
        #expect(screen.mismatch(with: after) == nil)
    }
}
