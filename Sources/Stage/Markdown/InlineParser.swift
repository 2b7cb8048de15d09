/// Parses the inline markdown of one paragraph, heading or table cell into
/// styled runs: `**strong**`, `*emphasis*`/`_emphasis_`, `` `code` ``,
/// `[text](url)` and backslash escapes.
///
/// Deliberately forgiving rather than full CommonMark: unmatched markers stay
/// literal text, and `_` inside a word (`snake_case`, `asyncio.create_task`)
/// never starts emphasis, because lessons quote Python identifiers constantly.
struct InlineParser {
    /// With colour off, code keeps its backticks and links their URL text,
    /// so structure survives in plain text.
    let color: Bool

    private static let escapable = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")

    /// Runs for `text`, each styled on top of `base`.
    func parse(_ text: String, base: TextStyle = .plain) -> [StyledRun] {
        parse(Array(text), base: base)
    }

    private func parse(_ s: [Character], base: TextStyle) -> [StyledRun] {
        var runs: [StyledRun] = []
        var literal = ""

        func emit(_ run: StyledRun) {
            if !literal.isEmpty { runs.append(StyledRun(literal, base)) }
            literal = ""
            runs.append(run)
        }

        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "\\", i + 1 < s.count, Self.escapable.contains(s[i + 1]) {
                literal.append(s[i + 1])
                i += 2
            } else if c == "`" {
                let ticks = runLength(s, at: i)
                if let close = codeSpanClose(s, openingAt: i, ticks: ticks) {
                    let code = codeSpanContent(Array(s[(i + ticks)..<close]))
                    emit(color
                        ? StyledRun(code, base.merging(Palette.inlineCode), breaksAtSpaces: false)
                        : StyledRun("`" + code + "`", base, breaksAtSpaces: false))
                    i = close + ticks
                } else {
                    literal += String(repeating: "`", count: ticks)
                    i += ticks
                }
            } else if c == "*" || c == "_", let (inner, end) = emphasis(s, at: i, base: base) {
                inner.forEach(emit)
                i = end
            } else if c == "[", let (inner, end) = link(s, at: i, base: base) {
                inner.forEach(emit)
                i = end
            } else {
                literal.append(c)
                i += 1
            }
        }
        if !literal.isEmpty { runs.append(StyledRun(literal, base)) }
        return runs
    }

    /// `*x*`, `_x_`, `**x**` or `__x__` starting at `i`, with the index after it.
    private func emphasis(_ s: [Character], at i: Int, base: TextStyle) -> ([StyledRun], Int)? {
        let marker = s[i]
        let count = runLength(s, at: i)
        guard count <= 2, i + count < s.count, !s[i + count].isWhitespace else { return nil }
        if marker == "_", i > 0, s[i - 1].isLetter || s[i - 1].isNumber { return nil }
        guard let close = closingDelimiter(s, from: i + count, marker: marker, count: count) else { return nil }
        let style = base.merging(count == 2 ? Palette.strong : Palette.emphasis)
        return (parse(Array(s[(i + count)..<close]), base: style), close + count)
    }

    /// `[text](url)` starting at `i`, shown as `text (url)`, with the index after it.
    private func link(_ s: [Character], at i: Int, base: TextStyle) -> ([StyledRun], Int)? {
        guard let textEnd = matching(s, from: i, open: "[", close: "]"),
              textEnd + 1 < s.count, s[textEnd + 1] == "(",
              let targetEnd = matching(s, from: textEnd + 1, open: "(", close: ")")
        else { return nil }
        let label = Array(s[(i + 1)..<textEnd])
        // A quoted title after the URL is tooltip text with nowhere to show in a terminal.
        let url = String(s[(textEnd + 2)..<targetEnd]).split(separator: " ").first.map(String.init) ?? ""
        var runs = parse(label, base: base.merging(Palette.linkText))
        if String(label) != url && !url.isEmpty {
            runs += [StyledRun(" ", base), StyledRun("(" + url + ")", base.merging(Palette.linkTarget))]
        }
        return (runs, targetEnd + 1)
    }

    /// Index of the run of exactly `count` `marker`s that closes emphasis
    /// opened before `start`; skips escapes and code spans, whose contents are literal.
    private func closingDelimiter(_ s: [Character], from start: Int, marker: Character, count: Int) -> Int? {
        var j = start
        while j < s.count {
            let c = s[j]
            if c == "\\" {
                j += 2
            } else if c == "`" {
                let ticks = runLength(s, at: j)
                j = codeSpanClose(s, openingAt: j, ticks: ticks).map { $0 + ticks } ?? j + ticks
            } else if c == marker {
                let length = runLength(s, at: j)
                let after = j + length
                let closesWord = marker == "*" || after >= s.count || !(s[after].isLetter || s[after].isNumber)
                if length == count && j > start && !s[j - 1].isWhitespace && closesWord { return j }
                j = after
            } else {
                j += 1
            }
        }
        return nil
    }

    /// Index of the bracket that balances the one at `start`.
    private func matching(_ s: [Character], from start: Int, open: Character, close: Character) -> Int? {
        var depth = 0
        var j = start
        while j < s.count {
            switch s[j] {
            case "\\": j += 1
            case open: depth += 1
            case close:
                depth -= 1
                if depth == 0 { return j }
            default: break
            }
            j += 1
        }
        return nil
    }

    private func runLength(_ s: [Character], at i: Int) -> Int {
        var j = i
        while j < s.count && s[j] == s[i] { j += 1 }
        return j - i
    }

    /// Start of the backtick run of exactly `ticks` that closes a code span.
    private func codeSpanClose(_ s: [Character], openingAt i: Int, ticks: Int) -> Int? {
        var j = i + ticks
        while j < s.count {
            if s[j] == "`" {
                let length = runLength(s, at: j)
                if length == ticks { return j }
                j += length
            } else {
                j += 1
            }
        }
        return nil
    }

    /// CommonMark strips one space from each side so that ``` `` `x` `` ```
    /// can show a backtick at the edge.
    private func codeSpanContent(_ content: [Character]) -> String {
        if content.count >= 2, content.first == " ", content.last == " ", content.contains(where: { $0 != " " }) {
            return String(content.dropFirst().dropLast())
        }
        return String(content)
    }
}
