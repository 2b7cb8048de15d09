import TextRendering

@testable import Stage

/// A minimal terminal that understands exactly the sequences ``FrameDiff`` may emit, so tests
/// can check what a screen would show rather than compare bytes.
///
/// Anything else (an unknown escape, a control character, text that would wrap past the right
/// edge, a zero-width character on its own) throws: a real terminal would misdraw it. A line
/// feed is understood only where FrameDiff scrolls with one: on the bottom margin of a scroll
/// region (DECSTBM), in plain style, since the row that comes in takes the current attributes.
/// Overwriting either half of a wide character blanks the other half, as xterm does, so output
/// that relies on a half-drawn wide character shows up as a mismatch.
struct TestScreen {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let width: Int
    let height: Int
    private(set) var cells: [Cell]
    /// 0-based cursor position.
    private(set) var cursor = (column: 0, row: 0)
    /// The SGR state, as the next written character would get it.
    private(set) var style: TextStyle
    /// SGR sequences seen, to prove colourless output has none.
    private(set) var sgrCount = 0
    /// The 0-based rows of the scroll region, or nil for the whole screen.
    private(set) var scrollRegion: ClosedRange<Int>?
    /// Line feeds that scrolled a region.
    private(set) var scrollCount = 0

    /// A screen already showing `frame`, with the pen in `style`.
    init(showing frame: FrameBuffer, style: TextStyle = .plain) {
        width = frame.width
        height = frame.height
        cells = frame.cells
        self.style = style
    }

    /// Interprets `output` as a terminal would, throwing at the first thing FrameDiff must not emit.
    mutating func apply(_ output: String) throws {
        var scalars = Array(output.unicodeScalars)[...]
        var text = String.UnicodeScalarView()
        while let scalar = scalars.popFirst() {
            if scalar == "\n" || scalar == "\r" {
                try write(String(text))
                text.removeAll()
                try control(scalar)
                continue
            }
            guard scalar == "\u{1B}" else {
                text.append(scalar)
                continue
            }
            try write(String(text))
            text.removeAll()
            guard scalars.popFirst() == "[" else { throw Failure(description: "escape without CSI") }
            var parameters = ""
            var final: Unicode.Scalar?
            while final == nil, let next = scalars.popFirst() {
                if (0x40...0x7E).contains(next.value) {
                    final = next
                } else {
                    parameters.unicodeScalars.append(next)
                }
            }
            guard let final else {
                throw Failure(description: "unterminated escape \(parameters)")
            }
            try perform(parameters: parameters, final: Character(final))
        }
        try write(String(text))
    }

    /// Where the screen differs from `frame`, or nil when it shows exactly `frame`; without
    /// `styles` only text and widths count. Names the first bad cell so a failure is readable.
    func mismatch(with frame: FrameBuffer, styles: Bool = true) -> String? {
        guard frame.width == width, frame.height == height else {
            return "screen is \(width)x\(height), frame is \(frame.width)x\(frame.height)"
        }
        for (index, (shown, wanted)) in zip(cells, frame.cells).enumerated() {
            let same = styles ? shown == wanted : shown.text == wanted.text && shown.width == wanted.width
            if !same {
                return "column \(index % width), row \(index / width): shows \(shown), want \(wanted)"
            }
        }
        return nil
    }

    private mutating func perform(parameters: String, final: Character) throws {
        switch (final, parameters) {
        case ("H", ""):
            cursor = (0, 0)
        case ("H", _):
            let numbers = parameters.split(separator: ";").compactMap { Int($0) }
            guard numbers.count == 2, (1...height).contains(numbers[0]), (1...width).contains(numbers[1])
            else {
                throw Failure(description: "bad cursor position \(parameters)")
            }
            cursor = (numbers[1] - 1, numbers[0] - 1)
        case ("r", ""):
            scrollRegion = nil
            cursor = (0, 0)
        case ("r", _):
            let numbers = parameters.split(separator: ";").compactMap { Int($0) }
            guard numbers.count == 2, 1 <= numbers[0], numbers[0] < numbers[1], numbers[1] <= height else {
                throw Failure(description: "bad scroll region \(parameters)")
            }
            scrollRegion = (numbers[0] - 1)...(numbers[1] - 1)
            cursor = (0, 0)
        case ("J", "2"):
            cells = Array(repeating: .blank, count: width * height)
        case ("h", "?2026"), ("l", "?2026"):
            break
        case ("m", _):
            sgrCount += 1
            try setStyle(parameters)
        default:
            throw Failure(description: "unexpected escape \(parameters)\(final)")
        }
    }

    /// A carriage return (a terminal's output processing may add one to a line feed) or a line
    /// feed on a scroll region's bottom margin, which moves the region's rows up one.
    private mutating func control(_ scalar: Unicode.Scalar) throws {
        if scalar == "\r" {
            cursor.column = 0
            return
        }
        guard let region = scrollRegion, cursor.row == region.upperBound else {
            throw Failure(description: "line feed outside a scroll region's bottom margin")
        }
        guard style == .plain else { throw Failure(description: "scroll while styled \(style)") }
        for row in region.dropLast() {
            for column in 0..<width { cells[row * width + column] = cells[(row + 1) * width + column] }
        }
        for column in 0..<width { cells[region.upperBound * width + column] = .blank }
        scrollCount += 1
    }

    private mutating func setStyle(_ parameters: String) throws {
        for parameter in parameters.split(separator: ";", omittingEmptySubsequences: false) {
            switch parameter {
            case "", "0": style = .plain
            case "1": style.bold = true
            case "2": style.dim = true
            case "3": style.italic = true
            case "4": style.underline = true
            case "7": style.inverse = true
            default:
                guard let code = UInt8(parameter), let color = TextColor(rawValue: code) else {
                    throw Failure(description: "unknown SGR parameter \(parameter)")
                }
                style.foreground = color
            }
        }
    }

    private mutating func write(_ text: String) throws {
        for character in text {
            let columns = DisplayWidth.of(character)
            guard columns > 0, !character.isControlLike else {
                throw Failure(description: "unprintable \(character.unicodeScalars.map(\.value))")
            }
            guard cursor.column + columns <= width else {
                throw Failure(description: "\(character) would wrap at column \(cursor.column)")
            }
            for column in cursor.column..<(cursor.column + columns) { breakWideCharacter(at: column) }
            let index = cursor.row * width + cursor.column
            cells[index] = Cell(String(character), width: columns, style: style)
            if columns == 2 { cells[index + 1] = .continuation }
            cursor.column += columns
        }
    }

    private mutating func breakWideCharacter(at column: Int) {
        let index = cursor.row * width + column
        if cells[index].isContinuation, column > 0 { cells[index - 1] = .blank }
        if cells[index].width == 2, column + 1 < width { cells[index + 1] = .blank }
    }
}
