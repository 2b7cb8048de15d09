import Messages

/// A titled list in the lab's information panel: the globals, the shared objects, the last
/// steps, the output. When rows are short a list of state keeps its first rows and says how
/// many more there are; a history (steps, output) keeps its newest rows.
struct LabSection: Equatable {
    var title: String
    /// Sanitised single-line entries; each wraps onto rows of its own.
    var items: [String]
    /// Whether the newest (last) entries matter most.
    var keepsNewest: Bool
    /// Shown after the title when there are no entries.
    var emptyNote: String
    /// The language of the row that says how many more there are.
    var language: Language

    /// The entries wrapped at `width`, continuation rows indented under their entry.
    func lines(width: Int) -> [String] {
        items.flatMap { item in
            LabText.wrap(item, width: max(1, width - 2)).enumerated().map { index, line in
                index == 0 ? line : "  " + line
            }
        }
    }

    /// The rows to show in `count` rows.
    func visibleLines(_ count: Int, width: Int) -> [String] {
        let lines = lines(width: width)
        guard count < lines.count else { return lines }
        guard count > 0 else { return [] }
        if keepsNewest { return Array(lines.suffix(count)) }
        // One row is better spent on the first entry than on saying there are more.
        if count == 1 { return [lines[0]] }
        return lines.prefix(count - 1) + [
            Messages.text("lab-screen.section.more", ["count": "\(lines.count - count + 1)"], in: language)
        ]
    }

    /// Rows the section would like at `width`: its heading and every line.
    func wantedRows(width: Int) -> Int { 1 + lines(width: width).count }

    /// Rows each of `sections` gets in `rows` rows at `width`. In order, a section is shown when
    /// its heading and one line fit (an empty one needs its heading only); then the rows left go
    /// one at a time to each section that has more, round robin, so no list crowds out another.
    static func allocate(_ sections: [LabSection], rows: Int, width: Int) -> [Int] {
        let wanted = sections.map { $0.lines(width: width).count }
        var given = Array(repeating: 0, count: sections.count)
        var budget = max(0, rows)
        for index in sections.indices {
            let first = 1 + min(1, wanted[index])
            guard first <= budget else { break }
            given[index] = first
            budget -= first
        }
        var growing = true
        while budget > 0, growing {
            growing = false
            for index in sections.indices
            where budget > 0 && given[index] > 0 && given[index] - 1 < wanted[index] {
                given[index] += 1
                budget -= 1
                growing = true
            }
        }
        return given
    }

    /// Draws `sections` one under another in the rows allocated to them.
    static func draw(_ sections: [LabSection], in region: LabRegion, on painter: inout LabPainter) {
        let rows = allocate(sections, rows: region.height, width: region.width)
        var y = region.y
        for (section, count) in zip(sections, rows) where count > 0 {
            let detail = section.items.isEmpty ? " " + section.emptyNote : ""
            painter.heading(section.title, detail: detail, x: region.x, y: y, width: region.width)
            for (offset, line) in section.visibleLines(count - 1, width: region.width).enumerated() {
                let text = LabText.truncate(line, toWidth: region.width)
                painter.put(text, x: region.x, y: y + 1 + offset, width: region.width)
            }
            y += count
        }
    }
}

/// A rectangle of the lab frame that one part of the screen owns.
struct LabRegion: Equatable {
    var x: Int
    var y: Int
    var width: Int
    var height: Int
}
