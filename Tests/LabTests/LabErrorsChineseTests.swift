import Lab
import Messages
import Testing

@Suite("Lab errors in Chinese")
struct LabErrorsChineseTests {
    /// `body` with the catalogue speaking Chinese for this task only.
    private func inChinese<T>(_ body: () throws -> T) rethrows -> T {
        try CurrentLanguage.$scoped.withValue(.simplifiedChinese, operation: body)
    }

    /// The `FILE:LINE:COL` or `goal:COL` an error starts with, and its message.
    private func split(_ description: String?, places: Int) -> (place: String, message: String)? {
        guard let description else { return nil }
        let parts = description.split(separator: ":", maxSplits: places, omittingEmptySubsequences: false)
        guard parts.count == places + 1 else { return nil }
        return (parts.dropLast().joined(separator: ":"), String(parts[places]))
    }

    private func goalError(_ text: String) throws -> String? {
        let program = try labProgram(ExplorationReportChineseTests.crossedLocks)
        do {
            _ = try LabGoal.parse(text, for: program)
            return nil
        } catch {
            return error.description
        }
    }

    @Test("a syntax error reads in Chinese at the same line and column as in English")
    func syntaxError() throws {
        let source = "if x\n    pass\n"
        let english = try #require(split(compileError(source), places: 3))
        let chinese = try #require(split(inChinese { compileError(source) }, places: 3))
        #expect(english.place == "lab.py:1:5")
        #expect(chinese.place == english.place)
        #expect(english.message == " expected `:` after the `if` condition, found the end of the line")
        #expect(chinese.message == " `if` 的条件后应为 `:`，却遇到行尾")
    }

    @Test("a lexer error reads in Chinese at the same line and column as in English")
    func lexerError() throws {
        let source = "x = 1\ny = 0x\n"
        let english = try #require(split(compileError(source), places: 3))
        let chinese = try #require(split(inChinese { compileError(source) }, places: 3))
        #expect(english.place == "lab.py:2:5")
        #expect(chinese.place == english.place)
        #expect(english.message == " a hexadecimal literal has no digits")
        #expect(chinese.message == " 十六进制字面量没有数字")
    }

    @Test("a goal error reads in Chinese at the same column, names quoted as written")
    func goalErrors() throws {
        for (goal, column) in [("critical nope", "goal:10"), ("end first = 1", "goal:11")] {
            let english = try #require(split(try goalError(goal), places: 2))
            let chinese = try #require(split(try inChinese { try goalError(goal) }, places: 2))
            #expect(english.place == column)
            #expect(chinese.place == english.place)
            #expect(chinese.message.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) })
            #expect(!english.message.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) })
        }
        let unknown = try #require(try inChinese { try goalError("critical nope") })
        #expect(unknown == "goal:10: `nope` 不是程序中的函数；程序的函数有 first, second")
    }
}
