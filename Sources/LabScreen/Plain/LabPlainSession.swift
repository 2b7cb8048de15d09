import Messages

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plays a lab through lines of text, for `--plain` and for input that is not a terminal
/// (scripts, pipes, tests): the state is printed, then the prompt `lab> `, and each line typed
/// is one command. It ends at `q` or at the end of the input.
public struct LabPlainSession {
    /// The prompt before each command.
    public static let prompt = "lab> "

    /// What `help` prints: each command, then what it does.
    static func help(in language: Language) -> [String] {
        ["1-9", "u", "r", "a", "e", "h", "q"].map { command in
            let key = command == "1-9" ? "step" : command
            let what = Messages.text("lab-screen.help." + key, in: language)
            return command + String(repeating: " ", count: 6 - command.count) + what
        }
    }

    private let width: Int
    private let echoesInput: Bool
    private let input: () -> String?
    private let output: (String) -> Void

    /// A session reading commands from `input` (nil at the end) and writing text, newlines
    /// included, to `output`, in lines of at most `width` columns. The defaults are the standard
    /// input and output. `echoesInput` writes each command after the prompt, for input that is
    /// not a terminal: there nothing else shows what was typed, and a transcript would run the
    /// prompt into the answer.
    public init(
        width: Int = 80, echoesInput: Bool = false, input: @escaping () -> String? = { readLine() },
        output: @escaping (String) -> Void = LabPlainSession.writeToStandardOutput
    ) {
        self.width = max(20, width)
        self.echoesInput = echoesInput
        self.input = input
        self.output = output
    }

    /// Plays `game` until `q` or the end of the input; either way the game is told ``LabAction/quit``.
    public func play(_ game: inout some LabGame) {
        show(game.snapshot)
        while true {
            output(Self.prompt)
            guard let line = input() else {
                output("\n")
                game.perform(.quit)
                return
            }
            if echoesInput { output(LabText.singleLine(line) + "\n") }
            let command = line.trimmingWhitespace().lowercased()
            switch command {
            case "":
                continue
            case "help":
                write(Self.help(in: CurrentLanguage.value))
                continue
            default:
                guard let action = Self.action(for: command) else {
                    let shown = LabText.truncate(LabText.singleLine(command), toWidth: 20)
                    let answer = Messages.text("lab-screen.plain.unknown-command", ["command": shown])
                    write(LabPlainText.wrapped(prefix: "", text: answer, width: width))
                    continue
                }
                game.perform(action)
                if action == .quit { return }
                output("\n")
                show(game.snapshot)
            }
        }
    }

    /// The action a typed command asks for; nil for anything else.
    static func action(for command: String) -> LabAction? {
        switch command {
        case "u": .undo
        case "r": .restart
        case "a": .autoRun
        case "e": .explore
        case "h": .hint
        case "q": .quit
        default:
            if command.count == 1, let digit = command.first?.wholeNumberValue, (1...9).contains(digit) {
                .step(digit - 1)
            } else {
                nil
            }
        }
    }

    private func show(_ snapshot: LabSnapshot) {
        write(LabPlainText.state(of: snapshot, width: width))
    }

    private func write(_ lines: [String]) {
        output(lines.map { $0 + "\n" }.joined())
    }

    /// Writes `text` to the standard output at once, so the prompt shows before the read waits.
    public static func writeToStandardOutput(_ text: String) {
        print(text, terminator: "")
        fflush(nil)
    }
}

extension String {
    /// The string without spaces, tabs or line ends at either end.
    fileprivate func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}
