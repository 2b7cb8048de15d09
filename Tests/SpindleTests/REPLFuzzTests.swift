import Demos
import Foundation
import Stage
import TestSupport
import Testing
import TextRendering

@testable import spindle

/// Pieces that inputs are made of: real words (so generated lines reach deep into commands),
/// numbers at the edges, and text a terminal or a parser could choke on.
private enum FuzzPieces {
    static let awkward = [
        "", " ", "  ", "=", "==", "\t", "\u{1B}[2J", "\u{1B}]52;c;SGk=\u{07}", "\u{0}", "\u{7F}", "\u{9B}",
        "\u{202E}", "é", "漢字", "🧵", "\u{FEFF}", "-", "--help", "../", "/dev/null", "~", "\"", "'", "`",
        "0", "-1", "1e-308", "1e308", "nan", "inf", "-0", "0x10", "9223372036854775807",
        "9223372036854775808",
        "0.0001", "1_000", "4,000", String(repeating: "a", count: 5000), String(repeating: "9", count: 400),
    ]

    static func word(_ words: [String], _ random: inout SeededGenerator) -> String {
        switch Int.random(in: 0..<10, using: &random) {
        case 0..<5: words.randomElement(using: &random)!
        case 5..<8: awkward.randomElement(using: &random)!
        default: mutate(words.randomElement(using: &random)!, &random)
        }
    }

    /// A one-letter slip: dropped, doubled, swapped or replaced.
    static func mutate(_ word: String, _ random: inout SeededGenerator) -> String {
        var characters = Array(word)
        guard characters.count > 1 else { return word + word }
        let index = Int.random(in: 0..<(characters.count - 1), using: &random)
        switch Int.random(in: 0..<4, using: &random) {
        case 0: characters.remove(at: index)
        case 1: characters.insert(characters[index], at: index)
        case 2: characters.swapAt(index, index + 1)
        default: characters[index] = Character(UnicodeScalar(UInt8.random(in: 0...255, using: &random)))
        }
        return String(characters)
    }
}

/// Generated REPL lines and demo parameters: whatever is typed, the REPL answers with text that
/// cannot drive the terminal and keeps running, and a parameter is either accepted within its
/// range or refused in one line.
@Suite("REPL fuzz")
struct REPLFuzzTests {
    static let lineCount = 3_000
    static let parameterCount = 5_000

    @Test(
        "3,000 generated REPL lines: every reply is sanitised text ending in a newline, and the session goes on"
    )
    func replLines() throws {
        let lessons = try TemporaryFolder()
        let state = try TemporaryFolder()
        try lessons.write("01-basics.md", Fixtures.basics)
        try lessons.write("02-follow-up.md", Fixtures.followUp)
        let session = TutorSession(
            folder: lessons.path, catalog: CatalogDemoSignatures.current,
            store: ProgressStore(url: state.url.appendingPathComponent("progress.json")),
            options: { RenderOptions(width: 60, color: false) })
        var random = SeededGenerator(state: 14)
        // `save` is left out: it would write files where the tests run.
        let commands = CommandTable.names.filter { $0 != "save" }
        let arguments = [
            "1", "2", "basics", "follow-up", "a", "b", "wait", "all", "lock-race", "fork-basics",
            "threads=2", "speed=0", "help", "2", "0.5", "64",
        ]
        var counts = (lines: 0, demos: 0, quits: 0)
        for _ in 0..<Self.lineCount {
            let wordCount = Int.random(in: 0...4, using: &random)
            var words = [FuzzPieces.word(commands + ["a", "b", "x"], &random)]
            for _ in 0..<wordCount { words.append(FuzzPieces.word(arguments, &random)) }
            let line = words.joined(separator: Bool.random(using: &random) ? " " : "  ")
            let reply = session.handle(line)
            counts.lines += 1
            if reply.demo != nil { counts.demos += 1 }
            if reply.quits { counts.quits += 1 }
            #expect(reply.text.isEmpty || reply.text.hasSuffix("\n"), "\(line.debugDescription)")
            #expect(
                !reply.text.unicodeScalars.contains {
                    $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value)
                },
                "control character echoed for \(line.debugDescription)")
            for row in reply.text.split(separator: "\n") where DisplayWidth.of(row) > 60 {
                // Only a single word longer than the line may stand out (it is broken, not lost).
                #expect(
                    !row.contains(" "), "\(line.debugDescription): a row of \(DisplayWidth.of(row)) columns")
            }
            _ = session.completions(for: line)
        }
        #expect(counts.lines == Self.lineCount)
        #expect(session.handle("lessons").text.contains("basics"), "the session still answers")
        print(
            "REPL fuzz: \(counts.lines) lines, \(counts.demos) demo launches, \(counts.quits) quits, 0 crashes"
        )
    }

    @Test("5,000 generated NAME=VALUE parameters: accepted within range, or refused in one sanitised line")
    func demoParameters() {
        var random = SeededGenerator(state: 21)
        let descriptors = DemoCatalog.descriptors
        var counts = (accepted: 0, refused: 0)
        for _ in 0..<Self.parameterCount {
            let descriptor = descriptors.randomElement(using: &random)!
            let names = descriptor.parameters.map(\.name)
            let values =
                ["0", "1", "2", "on", "off", "0.05", "0.01", "100", "300", "yes"]
                + descriptor.parameters.map(\.defaultText)
            var words: [String] = []
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let name = FuzzPieces.word(names, &random)
                let value = FuzzPieces.word(values, &random)
                words.append(Int.random(in: 0..<10, using: &random) == 0 ? name + value : "\(name)=\(value)")
            }
            do {
                let launch = try DemoLaunch.make(name: descriptor.name, words: words, listing: "`demos`")
                counts.accepted += 1
                let speed = launch.arguments[DemoDescriptor.speed]
                #expect(speed == 0 || DemoParameterSpec.watchableSpeeds.contains(speed), "\(words)")
                #expect(launch.arguments[DemoDescriptor.timeLimit] > 0)
            } catch {
                counts.refused += 1
                #expect(!error.description.contains("\n"), "\(words.debugDescription)")
                #expect(
                    !error.description.unicodeScalars.contains {
                        $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
                    },
                    "\(words.debugDescription)")
            }
        }
        #expect(counts.accepted + counts.refused == Self.parameterCount)
        #expect(counts.accepted > 0 && counts.refused > 0, "the inputs reach both sides")
        print(
            "parameter fuzz: \(Self.parameterCount) inputs, \(counts.accepted) accepted, \(counts.refused) refused, 0 crashes"
        )
    }
}
