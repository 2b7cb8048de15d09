import Messages
import Stage
import TextRendering

/// Draws a ``LabSnapshot`` into a frame of any size: the title, goal and step count on top; one
/// column of code per thread; the globals, shared objects, last steps and output; then the
/// phase, the answer to the last key and the keys.
///
/// Frames are meant for 40x12 and up; anything smaller is drawn as far as it fits. Nothing is
/// ever drawn past an edge, and every piece of the program's text is sanitised first.
public enum LabView {
    /// The smallest terminal the layout is designed for.
    public static let minimumSize = (width: 40, height: 12)

    /// The key help, longest first: the widest that fits is shown.
    static func keyHelp(in language: Language) -> [String] {
        ["keys", "keys-short", "keys-shortest"].map { Messages.text("lab-screen." + $0, in: language) }
    }

    /// The narrowest a thread's column gets before threads are left out.
    static let minimumColumnWidth = 18

    /// Rows the code band keeps however much the panels below would like.
    static let minimumCodeRows = 5

    /// `snapshot` drawn in a `width` x `height` frame; styles only when `color` is on.
    /// The screen's own words are in `language`; the program's and the game's text is as given.
    public static func render(
        _ snapshot: LabSnapshot, width: Int, height: Int, color: Bool = false,
        language: Language = CurrentLanguage.value
    ) -> FrameBuffer {
        var painter = LabPainter(width: width, height: height, color: color)
        guard painter.width > 0, painter.height > 0 else { return painter.frame }
        let say = Say(language: language)
        drawHeader(snapshot, say: say, on: &painter)
        let footerTop = drawFooter(snapshot, say: say, on: &painter)
        let middle = max(0, footerTop - 2)
        let sideBySide = width >= 56
        let leftWidth = sideBySide ? (width - 2) * 2 / 5 : width
        let rightWidth = sideBySide ? width - leftWidth - 2 : width
        let (left, right) = infoSections(snapshot, say: say)
        let wanted =
            sideBySide
            ? max(
                left.map { $0.wantedRows(width: leftWidth) }.reduce(0, +),
                right.map { $0.wantedRows(width: rightWidth) }.reduce(0, +))
            : (left + right).map { $0.wantedRows(width: width) }.reduce(0, +)
        let infoRows = max(0, min(wanted, max(2, middle * 2 / 5), middle - minimumCodeRows))
        let codeRows = middle - infoRows
        drawThreads(
            snapshot, in: LabRegion(x: 0, y: 2, width: width, height: codeRows), say: say, on: &painter)
        let info = LabRegion(x: 0, y: 2 + codeRows, width: width, height: infoRows)
        if sideBySide {
            LabSection.draw(
                left, in: LabRegion(x: 0, y: info.y, width: leftWidth, height: infoRows), on: &painter)
            LabSection.draw(
                right,
                in: LabRegion(x: leftWidth + 2, y: info.y, width: rightWidth, height: infoRows),
                on: &painter)
        } else {
            LabSection.draw(left + right, in: info, on: &painter)
        }
        return painter.frame
    }

    /// The title with the step count (and the last seed) at the right, then the goal.
    private static func drawHeader(_ snapshot: LabSnapshot, say: Say, on painter: inout LabPainter) {
        let width = painter.width
        let step = "\(snapshot.stepCount)"
        let status =
            snapshot.seed.map { say("step-seed", ["step": step, "seed": "\($0)"]) }
            ?? say("step", ["step": step])
        let title = say("title", ["title": LabText.singleLine(snapshot.title)])
        let statusWidth = DisplayWidth.of(status)
        let roomForTitle = statusWidth + 2 <= width / 2 ? width - statusWidth - 2 : width
        painter.put(
            LabText.truncate(title, toWidth: roomForTitle), x: 0, y: 0, width: roomForTitle,
            style: LabStyle.title)
        if roomForTitle < width {
            painter.put(status, x: width - statusWidth, y: 0, width: statusWidth, style: LabStyle.muted)
        }
        let goal =
            snapshot.goal.map { say("goal", ["goal": LabText.singleLine($0)]) } ?? say("free-play")
        painter.put(LabText.truncate(goal, toWidth: width), x: 0, y: 1, width: width, style: LabStyle.heading)
    }

    /// The phase, the message and the keys on the bottom rows; returns the first row they use.
    /// A long message takes a second row only when the code keeps room enough.
    private static func drawFooter(_ snapshot: LabSnapshot, say: Say, on painter: inout LabPainter) -> Int {
        let width = painter.width
        let height = painter.height
        let keyHelp = keyHelp(in: say.language)
        let keys = keyHelp.first { DisplayWidth.of($0) <= width } ?? keyHelp[keyHelp.count - 1]
        painter.fill(x: 0, y: height - 1, count: width, style: LabStyle.keys)
        painter.put(
            LabText.truncate(keys, toWidth: width), x: 0, y: height - 1, width: width, style: LabStyle.keys)
        // Header, phase, two message rows and keys leave height - 6 for code and panels.
        let roomForTwo = height - 6 >= minimumCodeRows + 2
        let message =
            snapshot.message.map { LabText.wrap($0, width: width, limit: roomForTwo ? 2 : 1) } ?? [""]
        let messageTop = height - 1 - message.count
        for (row, line) in message.enumerated() {
            painter.put(line, x: 0, y: messageTop + row, width: width)
        }
        let phaseRow = messageTop - 1
        switch snapshot.phase {
        case .playing:
            let words =
                snapshot.threads.isEmpty
                ? say("no-thread-can-run") : say("your-move")
            painter.put(
                LabText.truncate(words, toWidth: width), x: 0, y: phaseRow, width: width,
                style: LabStyle.muted)
        case .won(let how):
            painter.fill(x: 0, y: phaseRow, count: width, style: LabStyle.won)
            let words = say("won", ["how": LabText.singleLine(how)])
            painter.put(
                LabText.truncate(words, toWidth: width), x: 0, y: phaseRow, width: width, style: LabStyle.won)
        case .ended(let why):
            let ended = say("ended", ["why": LabText.singleLine(why)])
            let withKeys = say("ended-keys", ["why": LabText.singleLine(why)])
            let words = DisplayWidth.of(withKeys) <= width ? withKeys : ended
            painter.put(
                LabText.truncate(words, toWidth: width), x: 0, y: phaseRow, width: width,
                style: LabStyle.ended)
        }
        return phaseRow
    }

    /// The globals and objects (left), the last steps and the output (right).
    private static func infoSections(_ snapshot: LabSnapshot, say: Say) -> (
        left: [LabSection], right: [LabSection]
    ) {
        var left = [
            LabSection(
                title: say("section.globals"),
                items: snapshot.variables.map {
                    LabText.singleLine($0.name) + " = " + LabText.singleLine($0.value)
                },
                keepsNewest: false, emptyNote: say("section.none"), language: say.language)
        ]
        if !snapshot.objects.isEmpty {
            left.append(
                LabSection(
                    title: say("section.objects"),
                    items: snapshot.objects.map {
                        LabText.singleLine($0.name) + " = " + LabText.singleLine($0.value)
                    },
                    keepsNewest: false, emptyNote: say("section.none"), language: say.language))
        }
        var right = [
            LabSection(
                title: say("section.last-steps"), items: snapshot.recentSteps.map(LabText.singleLine),
                keepsNewest: true, emptyNote: say("section.none-yet"), language: say.language)
        ]
        if !snapshot.output.isEmpty {
            right.append(
                LabSection(
                    title: say("section.output"), items: snapshot.output.map(LabText.singleLine),
                    keepsNewest: true, emptyNote: say("section.none"), language: say.language))
        }
        return (left, right)
    }

    /// One column per thread, side by side; when they do not all fit, the ones that can still
    /// run come first and a last row names the rest.
    private static func drawThreads(
        _ snapshot: LabSnapshot, in region: LabRegion, say: Say, on painter: inout LabPainter
    ) {
        guard region.height > 0 else { return }
        guard !snapshot.threads.isEmpty else {
            painter.put(
                say("no-thread-started"), x: 0, y: region.y, width: region.width, style: LabStyle.muted)
            return
        }
        let fitting = max(1, (region.width + 1) / (minimumColumnWidth + 1))
        let shown = shownThreads(snapshot.threads, fitting: fitting)
        var columnsRegion = region
        if shown.count < snapshot.threads.count, region.height > 1 {
            columnsRegion.height -= 1
            let others = snapshot.threads.indices.filter { !shown.contains($0) }.map { index in
                let column = ThreadColumnView(
                    index: index, thread: snapshot.threads[index], source: [], language: say.language)
                return "[\(index + 1)] " + LabText.singleLine(snapshot.threads[index].name) + " "
                    + column.stateWords
            }
            let text = LabText.truncate(
                say("also", ["threads": others.joined(separator: say("thread-separator"))]),
                toWidth: region.width)
            painter.put(
                text, x: region.x, y: region.y + region.height - 1, width: region.width, style: LabStyle.muted
            )
        }
        let count = shown.count
        let columns = shown.map {
            ThreadColumnView(
                index: $0, thread: snapshot.threads[$0], source: snapshot.sourceLines, language: say.language)
        }
        let width = (columnsRegion.width - (count - 1)) / count
        let extra = (columnsRegion.width - (count - 1)) % count
        // A second row for the state words only when the code keeps at least four rows.
        let stateRows =
            columnsRegion.height >= 7 ? columns.map { $0.wantedStateRows(width: width) }.max() ?? 1 : 1
        var x = columnsRegion.x
        for (position, column) in columns.enumerated() {
            let columnWidth = width + (position < extra ? 1 : 0)
            column.draw(
                in: LabRegion(x: x, y: columnsRegion.y, width: columnWidth, height: columnsRegion.height),
                stateRows: stateRows, on: &painter)
            x += columnWidth
            if position < count - 1 {
                for y in columnsRegion.y..<columnsRegion.y + columnsRegion.height {
                    painter.put("│", x: x, y: y, width: 1, style: LabStyle.rule)
                }
                x += 1
            }
        }
    }

    /// Indices of the threads that get a column, in key order: all when they fit, otherwise
    /// those that can still run (runnable, then blocked) before finished ones.
    static func shownThreads(_ threads: [LabThreadColumn], fitting: Int) -> [Int] {
        guard threads.count > fitting else { return Array(threads.indices) }
        func rank(_ thread: LabThreadColumn) -> Int {
            switch thread.state {
            case .runnable: 0
            case .blocked: 1
            case .finished: 2
            }
        }
        let chosen = threads.indices.sorted { (rank(threads[$0]), $0) < (rank(threads[$1]), $1) }.prefix(
            fitting)
        return chosen.sorted()
    }
}
