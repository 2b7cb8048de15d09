import Messages

/// What a key asks of the pager.
public enum PagerKey: Equatable, Sendable {
    case nextScreen
    case previousScreen
    case lineDown
    case lineUp
    case top
    case bottom
    case quit

    /// The keys in `bytes`, as `less` reads them: space, f, Ctrl-F and PgDn a screen on; b,
    /// Ctrl-B and PgUp a screen back; ↓, j, e and Enter a line on; ↑, k and y a line back;
    /// g and Home the top, G and End the bottom; q leaves. Unknown keys are skipped.
    public static func parse(_ bytes: [UInt8]) -> [PagerKey] {
        var keys: [PagerKey] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x1B, index + 2 < bytes.count,
                bytes[index + 1] == 0x5B || bytes[index + 1] == 0x4F
            {
                let final = bytes[index + 2]
                let tilde = index + 3 < bytes.count && bytes[index + 3] == 0x7E
                switch final {
                case 0x41: keys.append(.lineUp)
                case 0x42: keys.append(.lineDown)
                case 0x48: keys.append(.top)
                case 0x46: keys.append(.bottom)
                case 0x35 where tilde: keys.append(.previousScreen)
                case 0x36 where tilde: keys.append(.nextScreen)
                default: break
                }
                index += tilde ? 4 : 3
                continue
            }
            switch bytes[index] {
            case 0x20, 0x66, 0x06: keys.append(.nextScreen)
            case 0x62, 0x02: keys.append(.previousScreen)
            case 0x6A, 0x65, 0x0D, 0x0A: keys.append(.lineDown)
            case 0x6B, 0x79: keys.append(.lineUp)
            case 0x67, 0x3C: keys.append(.top)
            case 0x47, 0x3E: keys.append(.bottom)
            case 0x71, 0x51: keys.append(.quit)
            default: break
            }
            index += 1
        }
        return keys
    }
}

/// Which lines of a long text the pager shows, and when it is done. No terminal here, so the
/// rules can be tested on their own.
public struct PagerModel: Equatable, Sendable {
    /// The text's lines.
    public let lines: [String]
    /// Rows for text: the terminal's height less the status line.
    public private(set) var height: Int
    /// The first line shown.
    public private(set) var top = 0
    /// Whether the student is done: `q`, or a move forward that showed the last line.
    public private(set) var isFinished = false

    /// A pager over `lines` on a screen with `rows` rows.
    public init(lines: [String], rows: Int) {
        self.lines = lines
        height = max(1, rows - 1)
    }

    /// The lines on screen now.
    public var visible: ArraySlice<String> { lines[top..<min(lines.count, top + height)] }

    /// The status line: where the reader is and the keys.
    public var status: String { status(in: CurrentLanguage.value) }

    /// The status line in `language`.
    public func status(in language: Language) -> String {
        let last = min(lines.count, top + height)
        return Messages.text(
            "stage.pager.status", ["first": "\(top + 1)", "last": "\(last)", "count": "\(lines.count)"],
            in: language)
    }

    /// Acts on one key. Reaching the end going forward finishes, as `less -E` does, so the
    /// prompt comes back under the last screen without another key.
    public mutating func apply(_ key: PagerKey) {
        switch key {
        case .nextScreen: move(to: top + height, forward: true)
        case .previousScreen: move(to: top - height, forward: false)
        case .lineDown: move(to: top + 1, forward: true)
        case .lineUp: move(to: top - 1, forward: false)
        case .top: move(to: 0, forward: false)
        case .bottom: move(to: lines.count, forward: true)
        case .quit: isFinished = true
        }
    }

    /// The terminal changed size: keep the first line, show as many as now fit.
    public mutating func resize(rows: Int) {
        height = max(1, rows - 1)
        top = max(0, min(top, lines.count - height))
    }

    private mutating func move(to line: Int, forward: Bool) {
        let lastTop = max(0, lines.count - height)
        top = max(0, min(line, lastTop))
        if forward, top == lastTop { isFinished = true }
    }
}
