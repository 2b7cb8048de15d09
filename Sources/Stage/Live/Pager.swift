import Terminal
import TextRendering

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a pager showing ended.
public enum PagerOutcome: Equatable, Sendable {
    /// The student left it (q, Ctrl-C or the end); the text stays on the screen above the prompt.
    case finished
    /// SIGTERM, SIGHUP or Ctrl-\ arrived; the terminal is restored and the caller should die of it.
    case terminated(Int32)
}

/// A text taller than the terminal, shown a screen at a time on the normal screen (not the
/// alternate one, so what was read stays above the prompt), as `less` does.
public enum Pager {
    /// Whether `text` needs the pager on a terminal with `rows` rows: one row stays for the prompt.
    public static func isNeeded(for text: String, rows: Int) -> Bool {
        lines(of: text).count > rows - 1
    }

    /// Pages `text` until the student is done. The terminal is put back as it was on every way
    /// out: q, the end, Ctrl-C, Ctrl-Z (and fg), SIGTERM and SIGHUP.
    public static func show(_ text: String, color: Bool) throws(StageError) -> PagerOutcome {
        let terminal = TerminalSession(usesAlternateScreen: false)
        try terminal.enter()
        defer { terminal.leave() }
        var model = PagerModel(lines: lines(of: text), rows: terminal.size.height)
        draw(model, on: terminal, color: color)
        while !model.isFinished {
            let bytes = terminal.waitForInput(milliseconds: 1000)
            let signals = terminal.takeSignals()
            if signals.contains(.terminate) { return finish(on: terminal, .terminated(SIGTERM)) }
            if signals.contains(.hangup) { return finish(on: terminal, .terminated(SIGHUP)) }
            if signals.contains(.quit) { return finish(on: terminal, .terminated(SIGQUIT)) }
            if signals.contains(.interrupt) { break }
            if signals.contains(.suspend) { terminal.suspend() }
            if signals.contains(.resize) || signals.contains(.suspend) {
                terminal.refreshSize()
                model.resize(rows: terminal.size.height)
            }
            let before = model
            for key in PagerKey.parse(bytes) { model.apply(key) }
            if model != before || !signals.isEmpty { draw(model, on: terminal, color: color) }
        }
        return finish(on: terminal, .finished)
    }

    /// Clears the status line, so the prompt takes its place under the text.
    private static func finish(on terminal: TerminalSession, _ outcome: PagerOutcome) -> PagerOutcome {
        terminal.write("\r\u{1B}[2K")
        return outcome
    }

    private static func draw(_ model: PagerModel, on terminal: TerminalSession, color: Bool) {
        let status = DisplayWidth.truncate(
            model.status, toWidth: max(1, terminal.size.width - 1), ellipsis: "…")
        let styled = color ? "\u{1B}[7m\(status)\u{1B}[0m" : status
        terminal.write(
            TerminalControl.beginSynchronizedUpdate + TerminalControl.clearScreen
                + model.visible.joined(separator: "\n") + "\n" + styled
                + TerminalControl.endSynchronizedUpdate)
    }

    private static func lines(of text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
