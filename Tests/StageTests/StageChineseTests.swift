import Messages
import Testing
import TextRendering
import Trace

@testable import Stage

/// The stage in Simplified Chinese: its own words come from the catalogue, and wide characters
/// are measured as two columns, so no row is wider than the terminal.
@Suite struct StageChineseTests {
    private static func chineseFrame(width: Int, height: Int) -> [String] {
        var timeline = Timeline(language: .simplifiedChinese)
        timeline.append(StageViewFixture.events)
        return StageView.render(
            timeline: timeline, at: StageViewFixture.now, size: (width, height), color: false,
            title: "lock-demo", language: .simplifiedChinese
        ).plainLines
    }

    @Test func headingsKeyAndNarrationAreChinese() {
        let text = Self.chineseFrame(width: 80, height: 40).joined(separator: "\n")
        for words in ["线程与进程", "共享资源", "发生了什么", "结果", "图例：", "运行中", "放入"] {
            #expect(text.contains(words), "\(words) missing from\n\(text)")
        }
        #expect(!text.contains("Threads & processes"))
        #expect(!text.contains("What happened"))
    }

    @Test(arguments: [(80, 40), (80, 24), (60, 30), (60, 20)])
    func noRowIsWiderThanTheFrame(size: (Int, Int)) {
        let rows = Self.chineseFrame(width: size.0, height: size.1)
        #expect(rows.count == size.1)
        for row in rows {
            #expect(DisplayWidth.of(row) <= size.0, "\(row)")
        }
    }

    @Test(arguments: [80, 60, 40])
    func statusLineFitsAndKeepsQuit(width: Int) {
        var model = PlaybackModel(live: false)
        model.receive(StageViewFixture.events)
        _ = model.advance(wallNanoseconds: 10_000_000)
        let line = model.statusLine(width: width, language: .simplifiedChinese)
        #expect(DisplayWidth.of(line) <= width, "\(line)")
        #expect(line.hasSuffix("q 退出 "))
        #expect(line.contains("播放中"))
    }

    @Test func englishIsUnchangedByTheLanguageParameter() {
        let model = PlaybackModel(live: true)
        #expect(model.statusLine(width: 80, language: .english) == model.statusLine(width: 80))
        #expect(LaneState.succeeded.label(in: .english) == "done")
        #expect(LaneState.succeeded.label(in: .simplifiedChinese) == "已结束")
    }

    @Test func pagerStatusIsChinese() {
        let model = PagerModel(lines: Array(repeating: "x", count: 50), rows: 20)
        #expect(model.status(in: .simplifiedChinese).hasPrefix("第 1-19 行，共 50 行"))
    }
}
