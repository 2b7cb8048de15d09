/// How deeply quotes and lists nest at each line of a run of prose, measured the way the stage's
/// markdown reader nests them closely enough to hold `LessonLimits.nestingDepth`: every `>` or
/// list marker at the start of a line opens a level, and a list item indented past an earlier
/// one nests inside it. The stage draws anything deeper flat, so lint reports it as an error
/// rather than let a lesson render differently from how it was written.
struct NestingMeter {
    /// Indentation of the list markers still open, outermost first.
    private var listIndents: [Int] = []

    /// The nesting depth of `line`, the next line of the run. Linear in the line's length.
    mutating func depth(of line: String) -> Int {
        let indent = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(indent)
        if rest.isEmpty || Self.isRule(rest) { return 0 }
        var depth = 0
        if Self.markerLength(rest) != nil {
            while let last = listIndents.last, last >= indent { listIndents.removeLast() }
            depth += listIndents.count
            listIndents.append(indent)
        } else if indent == 0 {
            listIndents.removeAll()
        }
        var chain = rest
        while true {
            chain = chain.drop { $0 == " " }
            if chain.first == ">" {
                chain = chain.dropFirst()
            } else if let length = Self.markerLength(chain) {
                chain = chain.dropFirst(length)
            } else {
                return depth
            }
            depth += 1
        }
    }

    /// The length of the list marker (`-`, `*`, `+`, `1.`, `1)`) that `text` starts with,
    /// followed by a space or the end of the line.
    private static func markerLength(_ text: Substring) -> Int? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }.count
        let length: Int
        if let first = text.first, "-*+".contains(first) {
            length = 1
        } else if (1...9).contains(digits), let delimiter = text.dropFirst(digits).first,
            ".)".contains(delimiter)
        {
            length = digits + 1
        } else {
            return nil
        }
        let after = text.dropFirst(length).first
        return after == nil || after == " " ? length : nil
    }

    /// `- - -` and `* * *` are rules, not three nested lists. Checked once per line, so a long
    /// `- - - ... x` costs one pass, at the price of counting `1. - - -` a little too deep.
    private static func isRule(_ text: Substring) -> Bool {
        let marks = text.filter { $0 != " " }
        guard let mark = marks.first, "-*_".contains(mark) else { return false }
        return marks.count >= 3 && marks.allSatisfy { $0 == mark }
    }
}
