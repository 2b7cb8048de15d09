import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The command line as a student or an instructor types it: options in either place, typos,
/// previews of a lesson file, and typed values that must not reach the terminal raw.
@Suite("Command line")
struct CommandLineTests {
    let state: TemporaryFolder

    init() throws {
        state = try TemporaryFolder()
    }

    private func spindle(_ arguments: [String]) throws -> ChildProcess.Outcome {
        try SpindleBinary.run(arguments, stateFolder: state.path)
    }

    @Test("a named pipe where the progress file belongs holds up no command")
    func progressFileIsAPipe() throws {
        try FileManager.default.createDirectory(
            atPath: state.path + "/spindle", withIntermediateDirectories: true)
        #expect(mkfifo(state.path + "/spindle/progress.json", 0o600) == 0)
        let started = try SpindleBinary.start(["lessons"], stateFolder: state.path)
        // Asks whether it has exited without reaping it, so that `wait` still collects it.
        let ended = eventually(timeout: 30) {
            var info = siginfo_t()
            return waitid(P_PID, id_t(started.pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0
                && info.si_signo == SIGCHLD
        }
        if !ended { started.send(SIGKILL) }
        let outcome = try started.wait()
        #expect(ended, "spindle lessons was still waiting on the pipe")
        #expect(outcome.output.contains("welcome"))
    }

    @Test("options every subcommand takes work before the subcommand's name too")
    func optionsBeforeSubcommand() throws {
        let before = try spindle(["--lessons", Repository.lessons, "lessons"])
        #expect(before.status == 0, "\(before.errors)")
        #expect(before.output.contains("welcome"))
        let after = try spindle(["lessons", "--lessons", Repository.lessons])
        #expect(before.output == after.output)
        let plain = try spindle([
            "--plain", "--lessons=\(Repository.lessons)", "show", "welcome", "--page", "1",
        ])
        #expect(plain.status == 0, "\(plain.errors)")
        #expect(plain.output.contains("Page 1 of"))
    }

    @Test(
        "a mistyped subcommand gets a suggestion, never the usage of `spindle tutor`",
        arguments: [
            ("lesons", "did you mean `lessons`?"), ("lnit", "did you mean `lint`?"),
            ("shwo", "did you mean `show`?"),
        ])
    func mistypedSubcommand(word: String, hint: String) throws {
        let failed = try spindle(["--lessons", Repository.lessons, word])
        #expect(failed.status != 0)
        #expect(failed.errors.contains("`\(word)` is not a spindle command; \(hint)"))
        #expect(!failed.errors.contains("spindle tutor"))
        #expect(failed.errors.split(separator: "\n").count == 1)
    }

    @Test("`show FILE.md` previews a lesson file, and `show` prints no hint that only the tutor understands")
    func showFile() throws {
        let lessons = try TemporaryFolder()
        let file = try lessons.write(
            "draft.md",
            Fixtures.basics + """

                ## Demo page

                ```demo lock-race threads=2
                Watch the lost updates.
                ```

                """)
        let shown = try spindle(["show", file.path])
        #expect(shown.status == 0, "\(shown.errors)")
        #expect(shown.output.contains("Page 1 of 4: First page"))
        #expect(shown.output.contains("Which one blocks?"))
        #expect(shown.output.contains("`spindle run lock-race threads=2`"))
        for replOnly in ["`next`", "`back`", "`help`", "Type `answer`", "Type `run`", "`hint`"] {
            #expect(!shown.output.contains(replOnly), "show printed the REPL hint \(replOnly)")
        }
        let missing = try spindle(["show", lessons.path + "/nothere.md"])
        #expect(missing.status != 0)
        #expect(missing.errors.split(separator: "\n").count == 1)
    }

    @Test("`show fork` suggests the lesson with that word in its id")
    func showSuggestsByWord() throws {
        let failed = try spindle(["show", "fork", "--lessons", Repository.lessons])
        #expect(failed.status != 0)
        #expect(failed.errors.contains("did you mean `processes-and-fork`?"))
    }

    @Test(
        "typed values echoed in errors are sanitised: an escape sequence is shown, not obeyed",
        arguments: [
            ["run", "fork-basics", "exit_code=\u{1B}]52;c;SGk=\u{07}\u{1B}[2J"],
            ["run", "fork-basics", "\u{1B}[2J=1"],
            ["run", "no\u{1B}[2Jdemo"],
            ["\u{1B}[2J"],
            ["replay", "/nonexistent/\u{1B}]0;title\u{07}.jsonl", "--plain"],
            ["show", "\u{1B}[31mred"],
        ])
    func sanitizedErrors(arguments: [String]) throws {
        let failed = try spindle(["--lessons", Repository.lessons] + arguments)
        #expect(failed.status != 0)
        #expect(!failed.errors.isEmpty)
        #expect(!failed.errors.contains("\u{1B}"), "\(failed.errors.debugDescription)")
        #expect(!failed.errors.contains("\u{07}"))
        #expect(failed.errors.contains("␛"))
    }

    @Test("`run --help` names the range of speed, from the same constant the parser uses")
    func speedRangeInHelp() throws {
        let help = try spindle(["run", "--help"]).output.split(whereSeparator: \.isWhitespace).joined(
            separator: " ")
        #expect(help.contains("0 full speed; otherwise from 0.01 to 100"))
        let demo = try spindle(["run", "fork-basics", "--help"])
        #expect(demo.output.contains("0 (full speed) or a number from 0.01 to 100"))
    }
}
