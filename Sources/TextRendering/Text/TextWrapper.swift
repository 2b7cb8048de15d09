/// Greedy word wrapping of styled text by display width.
///
/// Breaks at spaces, and also between characters where one side is wide
/// (CJK, emoji): Chinese and Japanese have no spaces between words, so any
/// gap between two ideographs is a legal line break. Closing punctuation is
/// kept off the start of a line and opening punctuation off the end (the
/// basic kinsoku rules), as readers of CJK text expect.
package enum TextWrapper {
    /// Lines of at most `width` columns (at least one line, possibly empty).
    /// Runs of spaces collapse to one, as in reflowed prose, except inside
    /// runs that do not break at spaces; a word wider than `width` is broken
    /// between characters.
    package static func wrap(_ runs: [StyledRun], width: Int) -> [StyledLine] {
        var lines: [[Glyph]] = []
        var line: [Glyph] = []
        var lineWidth = 0

        func finishLine() {
            lines.append(line)
            line = []
            lineWidth = 0
        }

        for word in words(in: runs) {
            for (index, piece) in word.pieces.enumerated() {
                let gap = index == 0 && !line.isEmpty ? 1 : 0
                let pieceWidth = piece.reduce(0) { $0 + $1.width }
                if lineWidth + gap + pieceWidth <= width {
                    if gap > 0 { line.append(Glyph(character: " ", style: word.spaceStyle)) }
                    line += piece
                    lineWidth += gap + pieceWidth
                    continue
                }
                if !line.isEmpty { finishLine() }
                for glyph in piece {
                    if lineWidth + glyph.width > width && !line.isEmpty {
                        // A piece wider than the line breaks anywhere, but closing punctuation
                        // still may not start a line, nor opening punctuation end one: the
                        // characters they cling to go down with them (a few at most, so a run of
                        // punctuation cannot empty the line).
                        var carried: [Glyph] = []
                        var first = glyph
                        while line.count > 1, carried.count < 4, let last = line.last,
                            punctuationHolds(last.character, first.character)
                        {
                            first = line.removeLast()
                            carried.insert(first, at: 0)
                        }
                        finishLine()
                        line = carried
                        lineWidth = carried.reduce(0) { $0 + $1.width }
                    }
                    line.append(glyph)
                    lineWidth += glyph.width
                }
            }
        }
        if !line.isEmpty || lines.isEmpty { finishLine() }
        return lines.map(styledLine)
    }

    /// One character with its style, width measured once.
    private struct Glyph {
        let character: Character
        let style: TextStyle
        let width: Int

        init(character: Character, style: TextStyle) {
            self.character = character
            self.style = style
            self.width = DisplayWidth.of(character)
        }
    }

    /// A space-delimited word, pre-split into pieces that may go on different
    /// lines; `spaceStyle` styles the space before it so that, say, an
    /// underlined link stays underlined across its inner spaces.
    private struct Word {
        var spaceStyle: TextStyle
        var pieces: [[Glyph]]
    }

    private static let noBreakBefore: Set<Character> = [
        "，", "。", "、", "；", "：", "！", "？", "）", "」", "』", "》", "〉", "】", "〕", "］", "｝",
        "…", "～", "・", "ー", ",", ".", ";", ":", "!", "?", ")", "]", "}",
    ]
    private static let noBreakAfter: Set<Character> = [
        "（", "「", "『", "《", "〈", "【", "〔", "［", "｛", "(", "[", "{",
    ]

    private static func words(in runs: [StyledRun]) -> [Word] {
        var words: [Word] = []
        var current: [Glyph] = []
        var spaceStyle = TextStyle.plain

        func finishWord() {
            if !current.isEmpty { words.append(Word(spaceStyle: spaceStyle, pieces: pieces(of: current))) }
            current = []
        }

        for run in runs {
            for character in run.text {
                if character == " " && run.breaksAtSpaces {
                    if !current.isEmpty { finishWord() }
                    spaceStyle = run.style
                } else {
                    current.append(Glyph(character: character, style: run.style))
                }
            }
        }
        finishWord()
        return words
    }

    /// Whether punctuation keeps `before` and `after` on one line: closing punctuation may not
    /// start a line, nor opening punctuation end one.
    private static func punctuationHolds(_ before: Character, _ after: Character) -> Bool {
        noBreakBefore.contains(after) || noBreakAfter.contains(before)
    }

    private static func pieces(of word: [Glyph]) -> [[Glyph]] {
        var pieces: [[Glyph]] = [[word[0]]]
        for (before, after) in zip(word, word.dropFirst()) {
            let breakable =
                (before.width == 2 || after.width == 2)
                && !punctuationHolds(before.character, after.character)
            if breakable {
                pieces.append([after])
            } else {
                pieces[pieces.count - 1].append(after)
            }
        }
        return pieces
    }

    /// Merges neighbouring glyphs of equal style so each style change costs
    /// one escape sequence, not one per character.
    private static func styledLine(_ glyphs: [Glyph]) -> StyledLine {
        var runs: [StyledRun] = []
        for glyph in glyphs {
            if let last = runs.last, last.style == glyph.style {
                runs[runs.count - 1].text.append(glyph.character)
            } else {
                runs.append(StyledRun(String(glyph.character), glyph.style))
            }
        }
        return StyledLine(runs)
    }
}
