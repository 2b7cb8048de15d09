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

    /// Emphasis and links nest at most this deep; deeper markers stay literal
    /// text, so nesting cannot exhaust the stack (each level recurses).
    static let maxDepth = 8

    /// Runs for `text`, each styled on top of `base`.
    func parse(_ text: String, base: TextStyle = .plain) -> [StyledRun] {
        parse(Array(text), base: base, depth: 0)
    }

    private func parse(_ s: [Character], base: TextStyle, depth: Int) -> [StyledRun] {
        var runs: [StyledRun] = []
        var literal = ""
        let scan = DelimiterScan(s)

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
                if let close = scan.codeSpanClose(openingAt: i, ticks: ticks) {
                    let code = codeSpanContent(Array(s[(i + ticks)..<close]))
                    emit(
                        color
                            ? StyledRun(code, base.merging(Palette.inlineCode), breaksAtSpaces: false)
                            : StyledRun("`" + code + "`", base, breaksAtSpaces: false))
                    i = close + ticks
                } else {
                    literal += String(repeating: "`", count: ticks)
                    i += ticks
                }
            } else if depth < Self.maxDepth, c == "*" || c == "_",
                let (inner, end) = emphasis(scan, at: i, base: base, depth: depth)
            {
                inner.forEach(emit)
                i = end
            } else if depth < Self.maxDepth, c == "[",
                let (inner, end) = link(scan, at: i, base: base, depth: depth)
            {
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
    private func emphasis(_ scan: DelimiterScan, at i: Int, base: TextStyle, depth: Int) -> (
        [StyledRun], Int
    )? {
        let s = scan.s
        let marker = s[i]
        let count = runLength(s, at: i)
        guard count <= 2, i + count < s.count, !s[i + count].isWhitespace else { return nil }
        if marker == "_", i > 0, s[i - 1].isLetter || s[i - 1].isNumber { return nil }
        guard let close = scan.closingDelimiter(from: i + count, marker: marker, count: count) else {
            return nil
        }
        let style = base.merging(count == 2 ? Palette.strong : Palette.emphasis)
        return (parse(Array(s[(i + count)..<close]), base: style, depth: depth + 1), close + count)
    }

    /// `[text](url)` starting at `i`, shown as `text (url)`, with the index after it.
    private func link(_ scan: DelimiterScan, at i: Int, base: TextStyle, depth: Int) -> ([StyledRun], Int)? {
        let s = scan.s
        guard let textEnd = scan.matching[i],
            textEnd + 1 < s.count, s[textEnd + 1] == "(",
            let targetEnd = scan.matching[textEnd + 1]
        else { return nil }
        let label = Array(s[(i + 1)..<textEnd])
        // A quoted title after the URL is tooltip text with nowhere to show in a terminal.
        let url = String(s[(textEnd + 2)..<targetEnd]).split(separator: " ").first.map(String.init) ?? ""
        var runs = parse(label, base: base.merging(Palette.linkText), depth: depth + 1)
        if String(label) != url && !url.isEmpty {
            runs += [StyledRun(" ", base), StyledRun("(" + url + ")", base.merging(Palette.linkTarget))]
        }
        return (runs, targetEnd + 1)
    }

    private func runLength(_ s: [Character], at i: Int) -> Int {
        DelimiterScan.runLength(s, at: i)
    }

    /// CommonMark strips one space from each side so that ``` `` `x` `` ```
    /// can show a backtick at the edge.
    private func codeSpanContent(_ content: [Character]) -> String {
        if content.count >= 2, content.first == " ", content.last == " ",
            content.contains(where: { $0 != " " })
        {
            return String(content.dropFirst().dropLast())
        }
        return String(content)
    }
}
