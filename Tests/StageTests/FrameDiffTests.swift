import Testing
import TextRendering

@testable import Stage

/// Applies each render to ``TestScreen`` and checks what the screen shows, so any correct
/// byte sequence passes and any that would misdraw on a terminal fails.
@Suite("FrameDiff rendering")
struct FrameDiffTests {
    @Test(arguments: [true, false])
    func fullDrawFromUnknownScreenShowsFrame(color: Bool) throws {
        var random = FrameDiffRandom(seed: 1)
        for _ in 0..<20 {
            let frame = FrameDiffFixtures.randomFrame(width: 23, height: 7, count: 12, using: &random)
            var screen = FrameDiffFixtures.garbageScreen(width: 23, height: 7)
            try screen.apply(FrameDiff.render(from: nil, to: frame, color: color))
            #expect(screen.mismatch(with: frame, styles: color) == nil)
        }
    }

    @Test(arguments: [true, false])
    func randomPairsTurnOneFrameIntoTheNext(color: Bool) throws {
        for seed in UInt64(0)..<300 {
            var random = FrameDiffRandom(seed: seed)
            let width = Int.random(in: 1...30, using: &random)
            let height = Int.random(in: 1...6, using: &random)
            let before = FrameDiffFixtures.randomFrame(
                width: width, height: height, count: 10, using: &random)
            var after = before
            FrameDiffFixtures.scribble(
                on: &after, count: Int.random(in: 0...6, using: &random), using: &random)
            var screen = TestScreen(showing: before)
            try screen.apply(FrameDiff.render(from: before, to: after, color: color))
            #expect(screen.mismatch(with: after, styles: color) == nil, "seed \(seed)")
        }
    }

    /// Each render must leave the terminal as the next one assumes: plain style, no matter what.
    @Test func successiveRendersStayInStep() throws {
        var random = FrameDiffRandom(seed: 7)
        var frame = FrameDiffFixtures.randomFrame(width: 40, height: 8, count: 20, using: &random)
        var screen = FrameDiffFixtures.garbageScreen(width: 40, height: 8)
        try screen.apply(FrameDiff.render(from: nil, to: frame, color: true))
        for step in 0..<100 {
            var next = frame
            FrameDiffFixtures.scribble(on: &next, count: 3, using: &random)
            try screen.apply(FrameDiff.render(from: frame, to: next, color: true))
            #expect(screen.mismatch(with: next) == nil, "step \(step)")
            #expect(screen.style == .plain)
            frame = next
        }
    }

    @Test func wideAndNarrowCharactersReplaceEachOther() throws {
        var before = FrameBuffer(width: 8, height: 1)
        before.put("中文🧵e\u{301}", x: 0, y: 0)
        for (text, x) in [("a中b", 0), ("x", 1), ("文", 1), ("e\u{301}", 4), ("中", 5), ("ab", 2)] {
            var after = before
            after.put(text, x: x, y: 0, style: TextStyle(foreground: .green))
            var screen = TestScreen(showing: before)
            try screen.apply(FrameDiff.render(from: before, to: after, color: true))
            #expect(screen.mismatch(with: after) == nil, "\(text) at \(x)")
        }
    }

    @Test(arguments: [true, false])
    func unchangedFrameEmitsNothing(color: Bool) {
        let frame = FrameDiffFixtures.lanes()
        #expect(FrameDiff.render(from: frame, to: frame, color: color).isEmpty)
    }

    @Test func changeIsWrappedInSynchronizedUpdateAndParksCursorBottomLeft() throws {
        let before = FrameDiffFixtures.lanes(tick: 0)
        let after = FrameDiffFixtures.lanes(tick: 1)
        let output = FrameDiff.render(from: before, to: after, color: true)
        #expect(output.hasPrefix(TerminalControl.beginSynchronizedUpdate))
        #expect(output.hasSuffix(TerminalControl.endSynchronizedUpdate))
        var screen = TestScreen(showing: before)
        try screen.apply(output)
        #expect(screen.mismatch(with: after) == nil)
        #expect(screen.cursor == (column: 0, row: after.height - 1))
    }

    @Test func oneChangedCellInLargeFrameIsCheap() throws {
        let before = FrameDiffFixtures.lanes()
        var after = before
        after.put("X", x: 100, y: 30, style: TextStyle(bold: true, foreground: .magenta))
        let output = FrameDiff.render(from: before, to: after, color: true)
        #expect(output.utf8.count < 100)
        var screen = TestScreen(showing: before)
        try screen.apply(output)
        #expect(screen.mismatch(with: after) == nil)
    }

    @Test func oneChangedRowSendsOnlyThatRow() throws {
        let before = FrameDiffFixtures.lanes()
        var after = before
        after.put("running 🧵 on thread 3", x: 12, y: 10, style: TextStyle(foreground: .green))
        let output = FrameDiff.render(from: before, to: after, color: true)
        #expect(output.utf8.count < 200)
        let moves = FrameDiffFixtures.escapes(in: output).filter { $0.hasSuffix("H") }
        #expect(moves.allSatisfy { $0.hasPrefix("[11;") || $0 == "[60;1H" })
        var screen = TestScreen(showing: before)
        try screen.apply(output)
        #expect(screen.mismatch(with: after) == nil)
    }

    @Test func withoutColorThereIsNoSGR() throws {
        var random = FrameDiffRandom(seed: 3)
        let before = FrameDiffFixtures.randomFrame(width: 30, height: 5, count: 15, using: &random)
        var after = before
        FrameDiffFixtures.scribble(on: &after, count: 8, using: &random)
        var screen = FrameDiffFixtures.garbageScreen(width: 30, height: 5)
        for (old, new) in [(nil, before), (before, after)] {
            let output = FrameDiff.render(from: old, to: new, color: false)
            #expect(!FrameDiffFixtures.escapes(in: output).contains { $0.hasSuffix("m") })
            try screen.apply(output)
        }
        #expect(screen.sgrCount == 0)
        #expect(screen.mismatch(with: after, styles: false) == nil)
    }

    @Test func styleOnlyChangeIsInvisibleWithoutColor() {
        var before = FrameBuffer(width: 10, height: 2)
        before.put("state", x: 0, y: 0)
        var after = before
        after.put("state", x: 0, y: 0, style: TextStyle(bold: true))
        #expect(FrameDiff.render(from: before, to: after, color: false).isEmpty)
        #expect(!FrameDiff.render(from: before, to: after, color: true).isEmpty)
    }

    @Test(arguments: [(40, 10), (40, 12), (41, 10), (10, 3)])
    func sizeChangeRedrawsEverything(width: Int, height: Int) throws {
        var random = FrameDiffRandom(seed: 5)
        let before = FrameDiffFixtures.randomFrame(width: 40, height: 11, count: 30, using: &random)
        let after = FrameDiffFixtures.randomFrame(width: width, height: height, count: 30, using: &random)
        let output = FrameDiff.render(from: before, to: after, color: true)
        #expect(output.contains(TerminalControl.clearScreen))
        var screen = FrameDiffFixtures.garbageScreen(width: width, height: height)
        try screen.apply(output)
        #expect(screen.mismatch(with: after) == nil)
    }

    @Test func sameSizeNeverClears() {
        let output = FrameDiff.render(
            from: FrameDiffFixtures.lanes(tick: 0), to: FrameDiffFixtures.lanes(tick: 1),
            color: true)
        #expect(!output.contains(TerminalControl.clearScreen))
    }

    @Test func controlCharacterFilledIntoCellNeverReachesTerminal() throws {
        var frame = FrameBuffer(width: 4, height: 1)
        frame.fill("\u{1B}", x: 0, y: 0, count: 2)
        let output = FrameDiff.render(from: nil, to: frame, color: true)
        var screen = TestScreen(showing: FrameBuffer(width: 4, height: 1))
        try screen.apply(output)
        #expect(screen.cells.prefix(2).allSatisfy { $0.text == "?" })
    }

    @Test func emptyFrameOnlyClears() throws {
        let output = FrameDiff.render(from: nil, to: FrameBuffer(width: 0, height: 0), color: true)
        #expect(FrameDiffFixtures.escapes(in: output).contains("[2J"))
        #expect(
            FrameDiff.render(
                from: FrameBuffer(width: 0, height: 0), to: FrameBuffer(width: 0, height: 0),
                color: true
            ).isEmpty)
    }

    /// The model must be strict, or the tests above could pass on output a terminal misdraws.
    @Test(arguments: [
        "\u{1B}[5A", "\u{1B}[", "\u{1B}[38;5;1m", "\u{1B}[99;1H", "\u{301}", "ab\n", "abcde", "\u{1B}[2;1r",
        "\u{1B}[1;2r\u{1B}[7m\u{1B}[2;1H\n",
    ])
    func testScreenRejectsWhatFrameDiffMustNotSend(output: String) {
        var screen = TestScreen(showing: FrameBuffer(width: 4, height: 2))
        #expect(throws: TestScreen.Failure.self) { try screen.apply(output) }
    }

    /// A clipped copy can leave half a wide character at either edge; the terminal gets a space
    /// there so every later column stays in place.
    @Test(arguments: [true, false])
    func halfOfAClippedWideCharacterIsSentAsSpace(fromNothing: Bool) throws {
        var wide = FrameBuffer(width: 4, height: 1)
        wide.put("中文", x: 0, y: 0)
        var before = FrameBuffer(width: 6, height: 1)
        before.put("abcdef", x: 0, y: 0)
        var after = before
        after.draw(wide, x: -1, y: 0)
        after.draw(wide, x: 5, y: 0)
        var screen = TestScreen(showing: before)
        try screen.apply(FrameDiff.render(from: fromNothing ? nil : before, to: after, color: true))
        #expect(screen.cells.map(\.text) == [" ", "文", "", "d", "e", " "])
    }
}
