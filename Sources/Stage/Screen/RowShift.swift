/// Rows `top...bottom` of the screen moved up by `count` between two frames, as the narration
/// does when a sentence comes in: the terminal can scroll them, so only the `count` rows that
/// come in at the bottom need sending, not the whole panel again.
struct RowShift: Equatable {
    let top: Int
    let bottom: Int
    let count: Int

    /// The most rows one shift may move. More sentences than this in one frame are rare, and
    /// searching every distance would cost time quadratic in the rows.
    static let maximumCount = 16

    /// What the scroll costs over the cells it saves: the escape sequences it takes, in bytes.
    static let cost = 24

    /// The shifts that send fewer bytes than rewriting their rows: at most one in each run of
    /// rows that `changed` marks, the longest stretch of rows found again `count` rows lower in
    /// `rows.old`.
    static func find(in rows: FrameRows, changed: UnsafeBufferPointer<Bool>) -> [RowShift] {
        /// Whether new row `row` shows what old row `from` showed.
        func matches(_ row: Int, _ from: Int) -> Bool {
            rows.same(rows.new(row), rows.old(from))
        }
        var shifts: [RowShift] = []
        var start = 0
        while start < rows.height {
            guard changed[start] else {
                start += 1
                continue
            }
            var end = start
            while end + 1 < rows.height, changed[end + 1] { end += 1 }
            if let shift = longest(in: start...end, matches: matches), shift.pays(in: rows) {
                shifts.append(shift)
            }
            start = end + 1
        }
        return shifts
    }

    /// Which old row new row `row` shows once the terminal has scrolled: -1 for a row that
    /// came in blank, `row` itself outside the shift.
    func source(of row: Int) -> Int {
        guard row >= top, row <= bottom else { return row }
        return row + count <= bottom ? row + count : -1
    }

    /// The longest stretch of rows in `run` that each match the old row `count` below.
    private static func longest(in run: ClosedRange<Int>, matches: (Int, Int) -> Bool) -> RowShift? {
        var best: (top: Int, rows: Int, count: Int)?
        for count in 1...max(1, min(run.count - 1, maximumCount)) {
            var row = run.lowerBound
            while row + count <= run.upperBound {
                guard matches(row, row + count) else {
                    row += 1
                    continue
                }
                let top = row
                while row + count <= run.upperBound, matches(row, row + count) { row += 1 }
                if row - top > best?.rows ?? 0 { best = (top, row - top, count) }
            }
        }
        return best.map { RowShift(top: $0.top, bottom: $0.top + $0.rows - 1 + $0.count, count: $0.count) }
    }

    /// Whether scrolling and then drawing the rows that come in blank sends less than
    /// rewriting every row of the shift where it stands.
    private func pays(in rows: FrameRows) -> Bool {
        let rewrite = (top...bottom).reduce(0) { $0 + rows.differing(rows.old($1), rows.new($1)) }
        let scrolled = (bottom - count + 1...bottom).reduce(Self.cost) {
            $0 + rows.differing(rows.blank, rows.new($1))
        }
        return scrolled < rewrite
    }
}
