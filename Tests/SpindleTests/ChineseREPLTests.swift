import Foundation
import Messages
import TestSupport
import Testing
import TextRendering

@testable import spindle

/// The REPL speaks Chinese once Chinese is chosen: the command list, errors, the lesson list,
/// grading and progress come from the catalogue, and every line still fits the terminal, where a
/// Chinese character takes two columns. The language is process-wide, so each test sets it and
/// puts English back, one test at a time.
@Suite("REPL in Chinese", .serialized)
struct ChineseREPLTests {
    let lessons: TemporaryFolder
    let state: TemporaryFolder

    init() throws {
        lessons = try TemporaryFolder()
        state = try TemporaryFolder()
        try lessons.write("01-basics.md", Fixtures.basics)
        try lessons.write("02-follow-up.md", Fixtures.followUp)
    }

    func makeSession(width: Int) throws -> TutorSession {
        let folder = state.url.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return TutorSession(
            folder: lessons.path, catalog: nil,
            store: ProgressStore(url: folder.appendingPathComponent("progress.json")),
            options: { RenderOptions(width: width, color: false) })
    }

    /// Every line of `text` is at most `width` columns wide.
    func expectFits(_ text: String, width: Int, _ what: String) {
        for line in text.split(separator: "\n") {
            #expect(DisplayWidth.of(line) <= width, "\(what): `\(line)` is \(DisplayWidth.of(line)) columns")
        }
    }

    @Test("`help` lists every command with a Chinese summary in 23 lines of at most 80 columns")
    func helpInChinese() throws {
        try CurrentLanguage.$scoped.withValue(.simplifiedChinese) {
            let text = try makeSession(width: 80).handle("help").text
            #expect(text.hasPrefix("命令（"))
            for command in CommandTable.commands {
                #expect(text.contains("  \(command.label)  "), "`\(command.name)` missing from help")
                #expect(
                    text.contains(Messages.text("command.\(command.name).summary", in: .simplifiedChinese)))
            }
            #expect(
                text.split(separator: "\n").count <= 23, "help is taller than a 24-row terminal:\n\(text)")
            expectFits(text, width: 80, "help")
            expectFits(try makeSession(width: 60).handle("help").text, width: 60, "help at 60")
        }
    }

    @Test("`help` still fits 23 lines of 80 columns in English")
    func helpInEnglishFits() throws {
        let text = try makeSession(width: 80).handle("help").text
        #expect(text.contains("list the lessons with your progress"))
        #expect(text.split(separator: "\n").count <= 23, "help is taller than a 24-row terminal:\n\(text)")
        expectFits(text, width: 80, "help")
    }

    @Test("`help NAME` explains a command in Chinese, its usage line kept", arguments: [80, 60])
    func helpForOneCommand(width: Int) throws {
        try CurrentLanguage.$scoped.withValue(.simplifiedChinese) {
            let text = try makeSession(width: width).handle("help replay").text
            #expect(text.hasPrefix("replay [FILE] [SPEED]\n"))
            #expect(text.contains("重放"))
            expectFits(text, width: width, "help replay")
        }
    }

    @Test("a wrong command is named in Chinese, with the command it most likely means", arguments: [80, 60])
    func wrongCommand(width: Int) throws {
        try CurrentLanguage.$scoped.withValue(.simplifiedChinese) {
            let session = try makeSession(width: width)
            let close = session.handle("lesons").text
            #expect(unwrapped(close).contains("未知命令 `lesons`"), "\(close)")
            #expect(close.contains("`lessons`"))
            let far = session.handle("xyzzy").text
            #expect(far.contains("未知命令 `xyzzy`"), "\(far)")
            expectFits(close + far, width: width, "wrong command")
        }
    }

    @Test("`lessons` marks progress and says how to start in Chinese", arguments: [80, 60])
    func lessonList(width: Int) throws {
        try CurrentLanguage.$scoped.withValue(.simplifiedChinese) {
            let session = try makeSession(width: width)
            _ = session.handle("open 1")
            let text = session.handle("lessons").text
            #expect(text.contains("… 1/3 页"), "\(text)")
            #expect(unwrapped(text).contains("`open 编号` 开始一课"), "\(text)")
            expectFits(text, width: width, "lessons")
        }
    }

    @Test("an answer is graded in Chinese, right and wrong, and a hint is labelled", arguments: [80, 60])
    func answers(width: Int) throws {
        try CurrentLanguage.$scoped.withValue(.simplifiedChinese) {
            let session = try makeSession(width: width)
            let page = session.handle("open 1").text
            #expect(page.contains("第 01 课"), "\(page)")
            #expect(unwrapped(page).contains("输入 `answer` 加字母"), "\(page)")
            let wrong = session.handle("answer a").text
            #expect(wrong.contains("✗ 不太对。"), "\(wrong)")
            let hint = session.handle("hint").text
            #expect(hint.contains("提示 1/2"), "\(hint)")
            let right = session.handle("answer b").text
            #expect(right.hasPrefix("✓ 正确。"), "\(right)")
            expectFits(page + wrong + hint + right, width: width, "answer")
        }
    }

    @Test("`progress` reports pages, answers and hints in Chinese", arguments: [80, 60])
    func progress(width: Int) throws {
        try CurrentLanguage.$scoped.withValue(.simplifiedChinese) {
            let session = try makeSession(width: width)
            #expect(session.handle("progress").text.contains("还没有记录"))
            _ = session.handle("open 1")
            _ = session.handle("hint")
            _ = session.handle("answer b")
            let text = session.handle("progress").text
            let joined = unwrapped(text)
            #expect(joined.contains("1/3 页"), "\(text)")
            #expect(joined.contains("答对 1/2 题"), "\(text)")
            #expect(joined.contains("1 条提示"), "\(text)")
            #expect(joined.contains("学习中"), "\(text)")
            #expect(joined.contains("已完成 0/2 课。"), "\(text)")
            expectFits(text, width: width, "progress")
        }
    }
}
