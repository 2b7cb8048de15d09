import Lab
import TestSupport
import Testing

/// Any input gives a module or a syntax error: mutated lab programs and random bytes must
/// never crash the lexer or the parser. The seeds are fixed, so a failure replays.
@Suite("Lab parser fuzz")
struct ParserFuzzTests {
    /// Characters a mutation inserts: mostly the ones that matter to Python's grammar.
    private static let alphabet = Array(
        "()[]{}:;,.=+-*/%<>!&|^~@'\"\\#\n\r\t    abcfrxy019_ifwhileforin".unicodeScalars)

    private static func mutate(_ program: [Unicode.Scalar], using generator: inout SeededGenerator) -> String
    {
        var scalars = program
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            let index = Int.random(in: 0..<max(scalars.count, 1), using: &generator)
            switch Int.random(in: 0..<3, using: &generator) {
            case 0 where !scalars.isEmpty:
                scalars.remove(at: index)
            case 1 where scalars.count > 1:
                scalars.swapAt(index, Int.random(in: 0..<scalars.count, using: &generator))
            default:
                scalars.insert(alphabet.randomElement(using: &generator)!, at: min(index, scalars.count))
            }
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return String(text)
    }

    /// The module `source` gives, or nil after checking that its error points into the
    /// program; a crash would end the test run.
    @discardableResult
    private static func parseOrRefuse(_ source: String) -> PyModule? {
        do {
            return try PythonParser.parse(source, file: "fuzz.py")
        } catch {
            #expect(error.position.line >= 1 && error.position.column >= 1, "\(error)")
            return nil
        }
    }

    @Test("2000 mutations of valid programs give a module or a syntax error")
    func mutatedPrograms() {
        var generator = SeededGenerator(state: 0x5EED_1AB5)
        let programs = ParserProgramTests.programs.map { Array($0.unicodeScalars) }
        var parsed = 0
        for round in 0..<2000 {
            let source = Self.mutate(programs[round % programs.count], using: &generator)
            if Self.parseOrRefuse(source) != nil { parsed += 1 }
        }
        // Some mutations (in a comment, a string, or whitespace) keep the program valid.
        #expect(parsed > 0)
    }

    @Test("random bytes give a module or a syntax error")
    func randomBytes() {
        var generator = SeededGenerator(state: 0xB17E5)
        for _ in 0..<1000 {
            let bytes = (0..<Int.random(in: 0...200, using: &generator)).map { _ in
                UInt8.random(in: 0...255, using: &generator)
            }
            Self.parseOrRefuse(String(decoding: bytes, as: UTF8.self))
        }
    }

    @Test("random sequences of Python tokens give a module or a syntax error")
    func randomTokens() {
        let pieces = [
            "if", "else", "elif", "while", "for", "in", "def", "return", "with", "as", "lambda", "not", "and",
            "x", "f(", ")", "[", "]", "{", "}", ":", ",", "=", "+=", "**", "-", "1", "'s'", "f'{x}'", "\n",
            "\n    ", "\\\n", "#c\n", ";", ".", "is", "None", "global", "import", "from", "assert", "pass",
        ]
        var generator = SeededGenerator(state: 0x70C3)
        for _ in 0..<1000 {
            let count = Int.random(in: 1...40, using: &generator)
            let source = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined(
                separator: " ")
            Self.parseOrRefuse(source)
        }
    }
}
