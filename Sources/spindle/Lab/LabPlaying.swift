import LabScreen
import LineEditing
import Messages
import Stage
import TextRendering

/// Plays a lab the way the session can: full screen at a terminal, else through lines of text.
enum LabPlaying {
    /// Where plain-mode commands come from: the REPL's line reader, or standard input.
    enum Input {
        case reader(any LineReader)
        case standardInput(echoes: Bool)
    }

    /// Plays `launch` until the student leaves; a signal that ends programs ends this one once
    /// the terminal is restored. Ctrl-C leaves the lab as `q` does.
    static func play(_ launch: LabLaunch, animates: Bool, color: Bool, input: Input) -> EngineLabGame {
        var game = EngineLabGame(launch)
        if animates {
            do {
                if case .terminated(let signal) = try LabPlayer.play(&game, color: color) {
                    Termination.die(by: signal)
                }
                return game
            } catch {
                Console().write(
                    Messages.text("cli.lab.plain-fallback", ["error": TerminalText.sanitize("\(error)")])
                        + "\n")
            }
        }
        plainSession(input).play(&game)
        return game
    }

    private static func plainSession(_ input: Input) -> LabPlainSession {
        let width = TerminalInfo.textWidth()
        switch input {
        case .reader(let reader):
            return LabPlainSession(
                width: width,
                input: {
                    // The session prints its own prompt; the reader's stays empty.
                    switch reader.readLine(prompt: "") {
                    case .line(let line): line
                    case .interrupted: "q"
                    case .end: nil
                    case .terminated(let signal): Termination.die(by: signal)
                    }
                })
        case .standardInput(let echoes):
            return LabPlainSession(width: width, echoesInput: echoes)
        }
    }
}
