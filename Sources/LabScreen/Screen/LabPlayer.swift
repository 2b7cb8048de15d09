import Messages
import Stage
import Terminal

/// Plays a lab full screen: draws the game's snapshot with ``LabView``, sends only what changed,
/// and turns keys into actions, until the student leaves or a signal arrives.
///
/// The terminal is taken and given back by the stage's own terminal session, so a lab restores
/// it exactly as the live player does: on `q`, on an error, on Ctrl-C, SIGTERM, SIGHUP and
/// Ctrl-\, and around Ctrl-Z (given back before stopping, taken again after `fg`).
public enum LabPlayer {
    /// How long to wait for a key before looking at the signals again. Signals wake the wait
    /// at once, so this only bounds a wait nothing interrupts.
    static let idleMilliseconds = 1000

    /// Plays `game` until the student quits; throws when the standard input is not a terminal
    /// (the caller then offers ``LabPlainSession``).
    public static func play(_ game: inout some LabGame, color: Bool = true) throws(StageError) -> LabExit {
        let terminal = TerminalSession()
        try terminal.enter()
        defer { terminal.leave() }
        var previous: FrameBuffer?
        var typed: [UInt8] = []
        while true {
            let signals = terminal.takeSignals()
            if signals.contains(.interrupt) { return .interrupted }
            if let signal = signals.endingSignal { return .terminated(signal: signal) }
            if signals.contains(.suspend) {
                terminal.suspend()
                previous = nil
            }
            if signals.contains(.resize) {
                terminal.refreshSize()
                previous = nil
            }
            for action in LabKeys.actions(in: typed) {
                if action == .quit {
                    game.perform(.quit)
                    return .quit
                }
                if action == .explore {
                    // The search can take a while; say so before the screen stands still.
                    var waiting = game.snapshot
                    waiting.message = Messages.text("lab-screen.exploring")
                    previous = draw(waiting, over: previous, on: terminal, color: color)
                }
                game.perform(action)
            }
            previous = draw(game.snapshot, over: previous, on: terminal, color: color)
            typed = terminal.waitForInput(milliseconds: idleMilliseconds)
        }
    }

    /// Sends what changed since `previous` (everything, when nil or resized); returns the frame.
    private static func draw(
        _ snapshot: LabSnapshot, over previous: FrameBuffer?, on terminal: TerminalSession, color: Bool
    ) -> FrameBuffer {
        let frame = LabView.render(
            snapshot, width: terminal.size.width, height: terminal.size.height, color: color)
        let output = FrameDiff.render(from: previous, to: frame, color: color)
        if !output.isEmpty { terminal.write(output) }
        return frame
    }
}
