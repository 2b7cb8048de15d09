import Messages
import Testing
import TextRendering

@testable import spindle

/// `--help` follows the language chosen before parsing: the tutor's own words are Chinese, laid
/// out by display width, while ArgumentParser's headings stay as it writes them. The language is
/// set for the test's own task only, so suites beside it keep English.
@Suite struct CLIHelpChineseTests {
    @Test func runHelpIsInChineseAndFitsTheWidthItIsLaidOutFor() {
        let columns = TerminalInfo.textWidth()
        let help = CurrentLanguage.$scoped.withValue(.simplifiedChinese) {
            SpindleCommand.helpMessage(for: RunCommand.self, columns: columns)
        }
        #expect(help.hasPrefix("OVERVIEW: 在真实的进程和线程上运行实时演示，并在舞台上观看。"))
        #expect(help.contains("只输出结果，作为一个 JSON 对象。"))
        #expect(help.contains("显示本帮助，或某个演示的参数和结果。"))
        #expect(help.contains("USAGE: spindle run"))
        #expect(help.contains("OPTIONS:"))
        let chineseLines = help.split(separator: "\n").filter { DisplayWidth.of($0) > $0.count }
        #expect(!chineseLines.isEmpty)
        for line in chineseLines {
            #expect(DisplayWidth.of(line) <= columns, "wider than \(columns): \(line)")
        }
    }

    @Test func runHelpInEnglishIsUnchanged() {
        let help = CurrentLanguage.$scoped.withValue(.english) {
            SpindleCommand.helpMessage(for: RunCommand.self, columns: 80)
        }
        #expect(help.contains("  --json                  Print only the results, as one JSON object.\n"))
        #expect(
            help.hasPrefix(
                "OVERVIEW: Run a live demo on real processes and threads, and watch it on the\nstage."))
    }

    @Test(arguments: [60, 80])
    func everyChineseHelpLineFitsBesideTheLabelColumn(columns: Int) {
        let keys = Catalogue.table(for: .simplifiedChinese).keys.filter { $0.hasPrefix("cli.help.") }
        #expect(keys.count > 50)
        for key in keys {
            let text = HelpText.text(key, in: .simplifiedChinese, width: columns)
            for line in text.split(separator: "\n") {
                #expect(
                    DisplayWidth.of(line) < columns - HelpText.labelColumn, "\(key) at \(columns): \(line)")
            }
        }
    }
}
