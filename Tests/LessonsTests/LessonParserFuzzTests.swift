import Foundation
import Lessons
import Testing

/// Generated lesson files of every hostile shape a fault probe found, from a fixed seed so a
/// failure reproduces: each must parse and lint to a result (a crash ends the test process,
/// which is the failure), and every diagnostic must name a line of the file. Run with
/// `swift test --filter LessonParserFuzzTests`; it prints the counts docs/reliability.md records.
@Suite struct LessonParserFuzzTests {
    static let seed: UInt64 = 0x5EED_2026
    static let inputsPerShape = 80

    @Test func everyGeneratedInputParsesAndLints() {
        var generator = SplitMix64(seed: Self.seed)
        var inputs = 0
        var bytes = 0
        var lessons = 0
        for shape in FuzzShape.allCases {
            let started = ContinuousClock.now
            defer { print("  \(shape): \(ContinuousClock.now - started)") }
            for _ in 0..<Self.inputsPerShape {
                let text = shape.make(&generator)
                let result = LessonParser.parse(text, file: "05-fuzz.md")
                let lint = LessonLinter(catalog: TestDemoSignatures()).lint(result.lesson.map { [$0] } ?? [])
                let lineCount = Self.lineCount(text)
                for diagnostic in result.diagnostics + lint {
                    #expect((1...lineCount).contains(diagnostic.line), "\(shape): \(diagnostic)")
                    #expect(diagnostic.column >= 1, "\(shape): \(diagnostic)")
                }
                inputs += 1
                bytes += text.utf8.count
                if result.lesson != nil { lessons += 1 }
            }
        }
        #expect(inputs >= 1_000)
        print(
            "lesson parser fuzz: seed \(Self.seed), \(inputs) inputs (\(bytes / 1_048_576) MB), \(lessons) parsed to a lesson, 0 crashes, peak RSS \(Self.peakResidentMegabytes()) MB"
        )
    }

    /// Lines of `text`; a file over the size limit is refused at its line 1, so is not counted.
    static func lineCount(_ text: String) -> Int {
        guard text.utf8.count <= LessonLimits.fileBytes else { return 1 }
        var text = text
        return text.withUTF8 { bytes in
            var lines = 1
            for byte in bytes where byte == UInt8(ascii: "\n") { lines += 1 }
            return lines
        }
    }

    /// Peak resident memory of the whole test process, in MB.
    static func peakResidentMegabytes() -> Int {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss / 1024
        #else
        getrusage(RUSAGE_SELF, &usage)
        return usage.ru_maxrss / 1_048_576
        #endif
    }
}

/// The kinds of input generated; every kind but the last wraps its hostile part in an otherwise
/// valid lesson, so the parser gets past the front matter to reach it.
enum FuzzShape: CaseIterable {
    case randomBytes, invalidUTF8, controlCharacters, longLine, runOfOneCharacter, deepQuotes, deepLists
    case deepYAML, aliasBomb, unclosedFences, manyPages, extremeIntegers, mangledLesson

    func make(_ random: inout SplitMix64) -> String {
        switch self {
        case .randomBytes:
            return Self.decode(
                (0..<random.below(4_096)).map { _ in UInt8(truncatingIfNeeded: random.next()) })
        case .invalidUTF8:
            // Lone continuation bytes, overlong forms and surrogates, decoded as a reader would.
            let bad: [[UInt8]] = [
                [0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xFF], [0xF4, 0x90, 0x80, 0x80],
            ]
            let bytes =
                Array(Self.valid.utf8)
                + (0..<200).flatMap { _ in bad[random.below(bad.count)] + Array("x\n".utf8) }
            return Self.decode(bytes)
        case .controlCharacters:
            let pieces = [
                "\0", "\u{FEFF}", "\r\n", "\r", "\t", "\u{1B}]52;c;SGk=\u{07}", "\u{202E}", "\u{9B}2J", "é",
                "中",
            ]
            return Self.valid.map {
                String($0) + (random.below(3) == 0 ? pieces[random.below(pieces.count)] : "")
            }.joined()
        case .longLine:
            // Sizes past each limit; the 10 MB line, costly only to generate, one input in eight.
            let length = random.below(8) == 0 ? 10_000_000 : [10_001, 100_000, 1_000_000][random.below(3)]
            return Self.page(String(repeating: ["a", "中", "`", " "][random.below(4)], count: length))
        case .runOfOneCharacter:
            let characters = Array("[]()*_`>#-|\\!<{~ ")
            let character = characters[random.below(characters.count)]
            return Self.page(String(repeating: character, count: 1 + random.below(100_000)))
        case .deepQuotes:
            let depth = 1 + random.below(5_000)
            return Self.page(String(repeating: random.below(2) == 0 ? ">" : "> ", count: depth) + "text")
        case .deepLists:
            // A quarter of the inputs 1,000 levels deep, the rest around the limit, to keep the run short.
            let depth = random.below(4) == 0 ? 1_000 : 1 + random.below(50)
            let marker = ["-", "*", "1."][random.below(3)]
            return Self.page(
                (0..<depth).map { String(repeating: " ", count: $0) + marker + " item" }.joined(
                    separator: "\n"))
        case .deepYAML:
            let depth = 1 + random.below(100_000)
            let nested =
                random.below(2) == 0
                ? String(repeating: "[", count: depth)
                : (0..<min(depth, 200)).map { String(repeating: "  ", count: $0) + "- " }.joined(
                    separator: "\n")
            return Self.page("```quiz\nid: q\nquestion: q\naccept: " + nested + "\nexplain: e\n```")
        case .aliasBomb:
            let levels = 2 + random.below(12)
            var yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
            for level in 1..<levels {
                yaml +=
                    "a\(level): &a\(level) ["
                    + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
            }
            return Self.page(
                "```quiz\nid: q\nquestion: q\naccept: *a\(levels - 1)\n" + yaml + "explain: e\n```")
        case .unclosedFences:
            return Self.page(
                (0..<random.below(2_000)).map { _ in
                    String(repeating: random.below(2) == 0 ? "`" : "~", count: 3 + random.below(20))
                        + "python\ncode"
                }.joined(separator: "\n"))
        case .manyPages:
            // One input in twenty has the full 100,000 pages; the rest stay near the page limit.
            let count = random.below(20) == 0 ? 100_000 : 1 + random.below(1_000)
            return Self.header + String(repeating: "## P\nx\n", count: count)
        case .extremeIntegers:
            let numbers = [
                "-9223372036854775808", "9223372036854775807", "99999999999999999999999", "-0", "1e308",
                "-1e-308", "nan", "inf", "0x10",
            ]
            let n = (0..<6).map { _ in numbers[random.below(numbers.count)] }
            return Self.header.replacingOccurrences(of: "order: 5", with: "order: \(n[0])")
                + "## P\n```demo shared-counter workers=\(n[1])\n```\n```predict\nid: p\nquestion: q\nresult: lost\n"
                + "choices:\n  - {text: a, when: \"= \(n[2])\"}\n  - {text: b, when: \"between \(n[3]) and \(n[4])\"}\nexplain: e\n```\n"
                + "```quiz\nid: q\nquestion: q\nchoices: [a, b]\nanswer: \(n[5])\nhints: [h]\nexplain: e\n```\n"
        case .mangledLesson:
            var bytes = Array(Self.valid.utf8)
            for _ in 0..<(1 + random.below(20)) {
                let at = random.below(bytes.count)
                switch random.below(3) {
                case 0: bytes[at] = UInt8(truncatingIfNeeded: random.next())
                case 1: bytes.remove(at: at)
                default:
                    bytes.insert(
                        contentsOf: bytes[at..<min(bytes.count, at + random.below(40))],
                        at: random.below(bytes.count))
                }
            }
            return Self.decode(bytes)
        }
    }

    static let header = "---\nid: fuzz\ntitle: Fuzz\nsummary: Generated.\norder: 5\n---\n"

    static func page(_ body: String) -> String {
        header + "## Page\n" + body + "\n"
    }

    /// A lesson with every kind of block, for the shapes that mangle or sprinkle into one.
    static let valid =
        header + """
            ## One
            Text with `code`, **strong** and a [link](https://x.org).

            > a quote
            - a list
              1. nested

            ```python
            counter += 1
            ```

            ```demo shared-counter workers=4 lock=off
            Caption.
            ```

            ```predict
            id: p
            question: Lost?
            result: lost
            choices:
              - {text: none, when: "= 0"}
              - {text: some, when: "> 0"}
            explain: e
            ```

            ```quiz
            id: q
            question: Which?
            choices: [a, b]
            answer: b
            hints: [h]
            explain: e
            ```
            """

    /// Bytes as the library reads a file: UTF-8, or a lesson is refused; invalid sequences
    /// become U+FFFD here so the parser still sees what surrounds them.
    static func decode(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}

/// A small, fast, seedable generator (Steele, Lea and Flood's SplitMix64), so the inputs are the
/// same on every machine and every run.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`.
    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }
}
