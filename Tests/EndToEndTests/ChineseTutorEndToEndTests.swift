import Foundation
import TestSupport
import Testing

/// A student whose locale is Chinese: greeted in Chinese, reads lesson 06 in Chinese, predicts,
/// watches the demo on the stage, and switches to English with the same progress.
@Suite("End to end in Chinese", .serialized)
struct ChineseTutorEndToEndTests {
    let state: TemporaryFolder

    init() throws {
        state = try TemporaryFolder()
    }

    private func tutorCommand() -> String {
        [
            "timeout", "--foreground", "300", "env", "XDG_STATE_HOME=\(state.path)", "TERM=xterm-256color",
            "LANG=zh_CN.UTF-8", SpindleBinary.url.path,
        ].map(shellQuoted).joined(separator: " ")
    }

    /// Every row of `screen` fits `width` columns, a Chinese character counting two.
    private func expectFits(_ screen: String, width: Int) {
        for line in screen.split(separator: "\n") {
            let columns = line.unicodeScalars.reduce(0) { sum, scalar in
                sum
                    + ((0x1100...0x115F).contains(scalar.value) || (0x2E80...0xA4CF).contains(scalar.value)
                        || (0xAC00...0xD7A3).contains(scalar.value)
                        || (0xF900...0xFAFF).contains(scalar.value)
                        || (0xFE30...0xFE4F).contains(scalar.value)
                        || (0xFF00...0xFF60).contains(scalar.value)
                        || (0xFFE0...0xFFE6).contains(scalar.value) ? 2 : 1)
            }
            #expect(columns <= width, "`\(line)` is \(columns) columns")
        }
    }

    @Test("LANG=zh_CN.UTF-8: a lesson, a prediction and a demo in Chinese, then `lang en`")
    func chineseStudent() throws {
        let terminal = try TmuxTerminal(command: tutorCommand(), width: 80, height: 24)
        let greeting = try terminal.waitFor("输入 `lessons` 查看课程")
        expectFits(greeting, width: 80)

        try terminal.type("open 6")
        try terminal.press("Enter")
        let page = try terminal.waitFor("the lesson in Chinese") {
            $0.contains("第 06 课") && $0.contains("进程间的锁") && $0.contains("spindle 06·1>")
        }
        expectFits(page, width: 80)

        try terminal.type("page 6")
        try terminal.press("Enter")
        let prediction = try terminal.waitFor("the prediction page") {
            $0.contains("先预测，再运行") && $0.contains("spindle 06·6>")
        }
        // The question's code is the English lesson's, character for character.
        #expect(prediction.contains("v.value += 1"))
        try terminal.type("b")
        try terminal.press("Enter")
        try terminal.waitFor("已记下预测：b)")

        try terminal.type("run")
        try terminal.press("Enter")
        try terminal.waitFor("the demo on the stage") { $0.contains("worker-1") && $0.contains("worker-2") }
        // Headings, state words, narration and the player's status line in Chinese.
        let finished = try terminal.waitFor("the finished demo", limit: 120) { $0.contains("已结束 1x") }
        #expect(finished.contains("线程与进程"))
        #expect(finished.contains("已结束，退出码 0"))
        #expect(finished.contains("发生了什么"))
        expectFits(finished, width: 80)
        try terminal.press("q")
        // Graded, or declined on a machine too busy to show the race: either way in Chinese.
        let graded = try terminal.waitFor("the grading in Chinese") {
            ($0.contains("演示测得") || $0.contains("不予评判")) && $0.contains("重放：`replay`")
        }
        expectFits(graded, width: 80)

        try terminal.type("lang en")
        try terminal.press("Enter")
        try terminal.waitFor("Lessons and messages are now in English")
        try terminal.type("page")
        try terminal.press("Enter")
        let english = try terminal.waitFor("the same page in English") {
            $0.contains("Lesson 06 · Locks between processes") && $0.contains("Page 6 of 12")
        }
        #expect(english.contains("Your prediction: b"))

        try terminal.type("quit")
        try terminal.press("Enter")
        try terminal.waitFor("the program to exit") { _ in (try? terminal.hasExited()) == true }
        let progress = try String(contentsOfFile: state.path + "/spindle/progress.json", encoding: .utf8)
        #expect(progress.contains("\"language\""))
        #expect(progress.contains("\"en\""))
        #expect(progress.contains("\"value-lock-myth\""))
    }

    @Test("the same lesson page fits 60 columns in Chinese")
    func narrowTerminal() throws {
        let terminal = try TmuxTerminal(command: tutorCommand(), width: 60, height: 20)
        try terminal.waitFor("查看课程")
        try terminal.type("open 6")
        try terminal.press("Enter")
        let page = try terminal.waitFor("the lesson at 60 columns") { $0.contains("第 06 课") }
        expectFits(page, width: 60)
        try terminal.type("quit")
        try terminal.press("Enter")
        try terminal.waitFor("the program to exit") { _ in (try? terminal.hasExited()) == true }
    }
}
