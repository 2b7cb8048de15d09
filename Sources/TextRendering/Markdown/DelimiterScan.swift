/// The searches ``InlineParser`` makes for closing delimiters, done so that a
/// paragraph costs time in proportion to its length: brackets are paired once
/// up front, and a search that failed is not repeated from a later position.
///
/// Searching afresh from every opener made a run of 100,000 `[` (or of `*a `,
/// or of unmatched backticks) cost the square of its length: minutes for one
/// paragraph.
final class DelimiterScan {
    let s: [Character]
    /// For each `[` and `(`, the index of the bracket that balances it; a
    /// backslash escapes the character after it.
    let matching: [Int: Int]
    /// Per backtick run length, the earliest start from which no closing run exists.
    private var noCodeSpanCloseFrom: [Int: Int] = [:]
    /// Per emphasis marker and length, the earliest start from which no closer exists.
    private var noEmphasisCloseFrom: [String: Int] = [:]

    init(_ s: [Character]) {
        self.s = s
        var matching: [Int: Int] = [:]
        var open: [Character: [Int]] = ["[": [], "(": []]
        var j = 0
        while j < s.count {
            switch s[j] {
            case "\\": j += 1
            case "[", "(": open[s[j]]?.append(j)
            case "]": if let start = open["["]?.popLast() { matching[start] = j }
            case ")": if let start = open["("]?.popLast() { matching[start] = j }
            default: break
            }
            j += 1
        }
        self.matching = matching
    }

    /// Start of the backtick run of exactly `ticks` that closes a code span.
    ///
    /// Runs are found the same way from any run start, so when none closes
    /// from `i`, none closes from a later run either.
    func codeSpanClose(openingAt i: Int, ticks: Int) -> Int? {
        if let failed = noCodeSpanCloseFrom[ticks], i >= failed { return nil }
        var j = i + ticks
        while j < s.count {
            if s[j] == "`" {
                let length = Self.runLength(s, at: j)
                if length == ticks { return j }
                j += length
            } else {
                j += 1
            }
        }
        noCodeSpanCloseFrom[ticks] = min(i, noCodeSpanCloseFrom[ticks] ?? i)
        return nil
    }

    /// Index of the run of exactly `count` `marker`s that closes emphasis
    /// opened before `start`; skips escapes and code spans, whose contents are literal.
    ///
    /// A failed search is remembered: a later opener of the same kind would
    /// scan a suffix of what this one scanned. (Strictly, a later start could
    /// fall inside what this scan skipped as a code span and see a closer
    /// there; the parser never starts inside a code span, so the difference
    /// is confined to unbalanced backticks inside emphasis.)
    func closingDelimiter(from start: Int, marker: Character, count: Int) -> Int? {
        let key = "\(marker)\(count)"
        if let failed = noEmphasisCloseFrom[key], start >= failed { return nil }
        var j = start
        while j < s.count {
            let c = s[j]
            if c == "\\" {
                j += 2
            } else if c == "`" {
                let ticks = Self.runLength(s, at: j)
                j = codeSpanClose(openingAt: j, ticks: ticks).map { $0 + ticks } ?? j + ticks
            } else if c == marker {
                let length = Self.runLength(s, at: j)
                let after = j + length
                let closesWord =
                    marker == "*" || after >= s.count || !(s[after].isLetter || s[after].isNumber)
                if length == count && j > start && !s[j - 1].isWhitespace && closesWord { return j }
                j = after
            } else {
                j += 1
            }
        }
        noEmphasisCloseFrom[key] = min(start, noEmphasisCloseFrom[key] ?? start)
        return nil
    }

    /// Length of the run of the character at `i`.
    static func runLength(_ s: [Character], at i: Int) -> Int {
        var j = i
        while j < s.count && s[j] == s[i] { j += 1 }
        return j - i
    }
}
