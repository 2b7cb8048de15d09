import Foundation
import Stage
import TestSupport
import Testing
import TextRendering

@testable import spindle

/// The command table is the REPL's one list of commands: `help`, Tab completion and dispatch
/// all follow it, so a command in the table is listed, completed and run, and nothing else is.
@Suite("Command table")
struct CommandTableTests {
    /// What a command typed with `argument` says in a session with lesson 1 open on its first
    /// page: a phrase that no other command's reply holds, or nil for a reply that ends the REPL.
    struct Probe {
        let argument: String
        let phrase: String?
    }

    /// One probe per command, by name. A command added to the table fails
    /// ``everyCommandHasAProbe()`` until it has a line here.
    static let probes: [String: Probe] = [
        "lessons": Probe(argument: "", phrase: "`open NUMBER` starts a lesson"),
        "open": Probe(argument: "follow-up", phrase: "Only page"),
        "next": Probe(argument: "", phrase: "Second page"),
        "back": Probe(argument: "", phrase: "this is the first page"),
        "page": Probe(argument: "3", phrase: "Third page"),
        "answer": Probe(argument: "b", phrase: "✓ Right."),
        "hint": Probe(argument: "", phrase: "Hint 1 of 2"),
        "progress": Probe(argument: "", phrase: "lessons done."),
        "reset": Probe(argument: "", phrase: "forgot your progress on lesson 01"),
        "run": Probe(argument: "", phrase: "this page has no demo"),
        "demos": Probe(argument: "", phrase: "shared-counter"),
        "replay": Probe(argument: "", phrase: "No run to replay yet"),
        "step": Probe(argument: "", phrase: "nothing to step through yet"),
        "save": Probe(argument: "run.jsonl", phrase: "nothing to save yet"),
        "reload": Probe(argument: "", phrase: "reloaded 2 lessons"),
        "lint": Probe(argument: "", phrase: "0 errors, 1 warning"),
        "explore": Probe(argument: "", phrase: "usage: `explore FILE.py [K]`"),
        "trace": Probe(argument: "", phrase: "usage: `trace FILE.py [ARGS ...]`"),
        "lab": Probe(argument: "", phrase: "this lesson has no lab"),
        "lang": Probe(argument: "", phrase: "Lessons and messages are in `en`"),
        "help": Probe(argument: "", phrase: "Commands ("),
        "quit": Probe(argument: "", phrase: nil),
    ]

    let lessons: TemporaryFolder
    let state: TemporaryFolder

    init() throws {
        lessons = try TemporaryFolder()
        state = try TemporaryFolder()
        try lessons.write("01-basics.md", Fixtures.basics)
        try lessons.write("02-follow-up.md", Fixtures.followUp)
    }

    /// A session on lesson 1, page 1, with a progress file of its own, so that what one
    /// session saves cannot change what the next one says.
    func makeSessionOnFirstPage() throws -> TutorSession {
        let folder = state.url.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let session = TutorSession(
            folder: lessons.path, catalog: nil,
            store: ProgressStore(url: folder.appendingPathComponent("progress.json")),
            options: { RenderOptions(width: 80, color: false) })
        _ = session.handle("open 1")
        return session
    }

    @Test("names and aliases are unique, lower case and one word each, so dispatch can reach them")
    func namesAreUsable() {
        let names = CommandTable.names
        #expect(Set(names).count == names.count, "a name twice: \(names.sorted())")
        for name in names {
            #expect(!name.isEmpty && name == name.lowercased() && !name.contains(" "), "`\(name)`")
        }
    }

    @Test("every command has a probe here, and every probe a command")
    func everyCommandHasAProbe() {
        #expect(Set(Self.probes.keys) == Set(CommandTable.commands.map(\.name)))
    }

    @Test("help lists every command with its aliases, and explains each by any of its names")
    func everyCommandInHelp() throws {
        let session = try makeSessionOnFirstPage()
        let list = session.handle("help").text
        for command in CommandTable.commands {
            #expect(list.contains("  \(command.label)  "), "`\(command.name)` missing from help")
            for name in command.names {
                #expect(session.handle("help \(name)").text.hasPrefix(command.label + "\n"), "help \(name)")
            }
        }
    }

    @Test("Tab offers every command and alias, alone and after `help`")
    func everyCommandCompletes() throws {
        let session = try makeSessionOnFirstPage()
        #expect(session.completions(for: "") == CommandTable.names.sorted())
        #expect(session.completions(for: "help ") == CommandTable.names.sorted())
        for name in CommandTable.names {
            #expect(session.completions(for: name).contains(name), "`\(name)` does not complete")
        }
    }

    @Test("each name and alias reaches its own command's handler, and no other")
    func dispatchReachesEachCommand() throws {
        for command in CommandTable.commands {
            let probe = try #require(Self.probes[command.name], "no probe for `\(command.name)`")
            let others = Self.probes.filter { $0.key != command.name }.compactMap(\.value.phrase)
            for name in command.names {
                let session = try makeSessionOnFirstPage()
                let line =
                    probe.argument.isEmpty ? name.uppercased() : "\(name.uppercased()) \(probe.argument)"
                let reply = session.handle(line)
                #expect(!reply.text.contains("unknown command"), "\(line)")
                guard let phrase = probe.phrase else {
                    #expect(reply.quits, "`\(line)` should end the REPL")
                    continue
                }
                #expect(!reply.quits, "`\(line)` ended the REPL")
                #expect(reply.text.contains(phrase), "`\(line)` said: \(reply.text)")
                for other in others {
                    #expect(!reply.text.contains(other), "`\(line)` reads like another command: \(other)")
                }
            }
        }
    }

    @Test("`exit` leaves like `quit`, and help and Tab know it")
    func exitIsQuit() throws {
        let session = try makeSessionOnFirstPage()
        #expect(session.handle("exit").quits)
        #expect(session.handle("  Exit  ").quits)
        #expect(session.handle("help exit").text.hasPrefix("quit, exit\n"))
        #expect(session.completions(for: "exi") == ["exit"])
        #expect(session.handle("help").text.contains("quit, exit"))
    }

    @Test("README's command table names every command and alias")
    func readmeListsEveryCommand() throws {
        let readme = Repository.root.appendingPathComponent("README.md")
        // The first column of each table row; `\|` inside it is an escaped bar, not a column break.
        let rows = try String(contentsOf: readme, encoding: .utf8).components(separatedBy: "\n")
            .filter { $0.hasPrefix("| `") }.map { $0.dropFirst(2).components(separatedBy: " | ")[0] }
        for name in CommandTable.names {
            #expect(
                rows.contains { $0.contains("`\(name)`") || $0.contains("`\(name) ") },
                "README.md's command table has no row for `\(name)`")
        }
    }
}
