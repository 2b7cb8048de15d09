import Lab
import Messages
import TestSupport
import Testing
import TextRendering

@testable import Demos
@testable import ScriptTracing
@testable import spindle

/// The command line speaks Chinese where the student reads it, and keeps English where programs
/// read it. Every check goes through a `language` parameter, never the process-wide language,
/// so suites running beside this one keep speaking English.
@Suite struct CLIChineseTests {
    @Test func anUnknownCommandIsReportedInChinese() {
        #expect(throws: (any Error).self) {
            try CommandLineOrder.arrange(
                ["runn"], subcommands: ["run", "replay"], language: .simplifiedChinese)
        }
        do {
            _ = try CommandLineOrder.arrange(["runn"], subcommands: ["run"], language: .simplifiedChinese)
        } catch {
            #expect("\(error)" == "`runn` 不是 spindle 的命令；是不是 `run`？（`spindle --help` 列出全部命令）")
        }
    }

    @Test func theLanguageFlagIsFoundBeforeParsing() {
        #expect(CommandLineOrder.languageFlag(in: ["run", "--lang", "zh-Hans", "lock-race"]) == "zh-Hans")
        #expect(CommandLineOrder.languageFlag(in: ["--lang=en", "lessons", "--lang=zh-Hans"]) == "zh-Hans")
        #expect(CommandLineOrder.languageFlag(in: ["trace", "--", "--lang", "zh-Hans"]) == nil)
        #expect(CommandLineOrder.languageFlag(in: ["run", "--lang"]) == nil)
    }

    @Test func aDemosHelpHasChineseHeadingsAndAlignedResults() throws {
        let descriptor = try #require(DemoCatalog.demo(named: "lock-race")).descriptor
        let text = DemoHelpText.details(of: descriptor, command: "spindle run", in: .simplifiedChinese)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains("用法：spindle run lock-race [NAME=VALUE ...]"))
        #expect(lines.contains("参数："))
        #expect(lines.contains { $0.hasPrefix("  speed=") && $0.contains("（舞台上默认") })
        // Every result's meaning starts in the same column, counted in display width.
        let heading = try #require(lines.firstIndex(of: "结果（输出为 `result NAME=VALUE`）："))
        let rows = lines[(heading + 1)...]
        let starts = Set(
            rows.map { row in
                let name = row.dropFirst(2).prefix { $0 != " " }
                let gap = row.dropFirst(2 + name.count).prefix { $0 == " " }
                return DisplayWidth.of("  " + name + gap)
            })
        #expect(rows.count == descriptor.results.count)
        #expect(starts.count == 1)
    }

    @Test func aDemoStoppedByTheStudentSaysSoInChineseButItsJSONStaysEnglish() throws {
        let launch = try DemoLaunch.make(name: "lock-race", words: [], listing: "`spindle demos`")
        let finished = FinishedDemo(
            launch: launch,
            outcome: DemoOutcome(
                results: [DemoResult(name: "lost", value: "3")],
                ending: .stopped(StopReason.leftWithQ.english)),
            events: [])
        #expect(finished.closingLines(in: .simplifiedChinese) == ["已停止：运行结束前你按 q 离开了舞台", "result lost=3"])
        #expect(
            finished.closingLines(in: .english) == [
                "stopped: you left the stage with q before it ended", "result lost=3",
            ])
        #expect(finished.json.contains("\"ending\":\"stopped: you left the stage with q before it ended\""))
        CurrentLanguage.$scoped.withValue(.simplifiedChinese) {
            #expect(
                finished.json.contains("\"ending\":\"stopped: you left the stage with q before it ended\""))
        }
    }

    @Test func aProgramWithoutThreadsSaysSoInChineseButItsJSONStaysEnglish() {
        let finished = FinishedScript(
            invocation: ScriptInvocation(
                script: "hello.py", arguments: [], python: "python3", timeLimit: 10, keepRunning: false),
            outcome: ScriptOutcome(
                ending: .exited(0), output: [], droppedOutputLines: 0, pythonVersion: nil, unreadableLines: 0),
            events: [], outputShown: true)
        #expect(finished.endingLine(in: .simplifiedChinese) == "hello.py 以退出码 0 结束，没有启动任何线程或进程：没有可展示的并发")
        #expect(
            finished.endingLine(in: .english)
                == "hello.py exited with status 0 without starting a thread or a process: "
                + "there is nothing concurrent to show")
        #expect(finished.json.contains("\"ending\":\"hello.py exited with status 0 without"))
    }

    @Test func cpythonsOutcomesAreComparedInChineseWithin80Columns() throws {
        let program = try LabProgram(source: LabPrograms.lostUpdate, file: "counter.py")
        let report = Explorer.explore(program)
        let outcomes = PythonOutcomes(
            file: "counter.py", runs: 200,
            result: .outcomes(
                version: "3.12.1",
                [
                    PythonOutcomes.Entry(stdout: "2\n", errors: "", ended: true, runs: 199),
                    PythonOutcomes.Entry(stdout: "", errors: "", ended: false, runs: 1),
                ]))
        let text = outcomes.comparison(with: report, in: .simplifiedChinese)
        #expect(text.hasPrefix("CPython 3.12.1，运行 counter.py 200 次（每次 5 s 后停止）："))
        #expect(text.contains("   199  输出 \"2\"（探索器的结果"))
        #expect(text.contains("5 s 内没有结束（不在探索器的结果中）"))
        #expect(text.contains("这些运行中从未出现"))
        for line in text.split(separator: "\n") {
            #expect(DisplayWidth.of(line) <= 80, "wider than 80 columns: \(line)")
        }
    }
}
