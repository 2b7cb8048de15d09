import Messages
import Stage
import Testing
import TextRendering

@testable import LabScreen

/// The lab screen in Simplified Chinese: its own words come from the catalogue, measured two
/// columns a character, so no row is wider than the terminal.
@Suite struct LabChineseTests {
    @Test func theScreensOwnWordsAreChinese() {
        let rows = LabView.render(
            LabFixtures.twoThreadsOneBlocked, width: 80, height: 24, language: .simplifiedChinese
        ).plainLines
        let text = rows.joined(separator: "\n")
        for words in ["Spindle 实验：", "目标：", "全局变量", "下一步：", "阻塞：", "1-9 单步"] {
            #expect(text.contains(words), "\(words) missing from\n\(text)")
        }
        #expect(!text.contains("Goal:"))
    }

    @Test(arguments: LabFixtures.all.map(\.0))
    func everyRowFitsAt80And60Columns(name: String) throws {
        let snapshot = try #require(LabFixtures.all.first { $0.0 == name }?.1)
        for (width, height) in [(80, 24), (60, 20), (60, 14)] {
            let rows = LabView.render(snapshot, width: width, height: height, language: .simplifiedChinese)
                .plainLines
            for row in rows {
                #expect(DisplayWidth.of(row) <= width, "\(name) at \(width)x\(height): \(row)")
            }
        }
    }

    @Test(arguments: LabFixtures.all.map(\.0))
    func plainStateFitsAt80And60Columns(name: String) throws {
        let snapshot = try #require(LabFixtures.all.first { $0.0 == name }?.1)
        for width in [80, 60] {
            let lines = LabPlainText.state(of: snapshot, width: width, language: .simplifiedChinese)
            #expect(lines.contains { $0.hasPrefix("目标：") })
            for line in lines {
                #expect(DisplayWidth.of(line) <= width, "\(name) at \(width): \(line)")
            }
        }
    }

    @Test func helpIsChineseAndKeepsTheCommands() {
        let help = LabPlainSession.help(in: .simplifiedChinese)
        #expect(help.first == "1-9   运行该线程的下一步")
        #expect(help.last == "q     离开实验")
        #expect(LabPlainSession.help(in: .english).first == "1-9   run that thread's next step")
    }
}
