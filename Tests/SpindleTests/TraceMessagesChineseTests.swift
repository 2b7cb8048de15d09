import Messages
import TestSupport
import Testing

@testable import ScriptTracing
@testable import spindle

/// `spindle trace` and `spindle replay` tell the student in the current language why a run
/// stopped and why a trace file is broken; `--json` keeps English. The language is the task's
/// own, so suites running beside this one keep speaking English.
@Suite struct TraceMessagesChineseTests {
    @Test func aProgramStoppedAtItsTimeLimitSaysSoInChineseButItsJSONStaysEnglish() {
        let words = ScriptWords.text("script.stop.time-limit", ["seconds": "10"])
        var outcome = ScriptOutcome(
            ending: .stopped(words.english), output: [], droppedOutputLines: 2, pythonVersion: "3.12",
            unreadableLines: 0, warnings: ["bank.py:3 replaced threading.Lock; those locks are not traced"])
        outcome.reasonWords = words
        let finished = FinishedScript(
            invocation: ScriptInvocation(
                script: "bank.py", arguments: [], python: "python3", timeLimit: 10, keepRunning: false),
            outcome: outcome, events: [], outputShown: true)
        let lines = CurrentLanguage.$scoped.withValue(.simplifiedChinese) { finished.closingLines }
        #expect(
            lines == [
                "（另有 2 行输出被省略：Spindle 只保留前 10000 行）",
                "注意：bank.py:3 替换了 threading.Lock；这些锁不被追踪",
                "已停止：运行超过了 10 秒的时间限制；可用 --time-limit 设更长的限制",
            ])
        #expect(
            finished.json.contains(
                #""ending":"stopped: it ran past its time limit of 10 s; give a longer one with --time-limit""#
            ))
        #expect(finished.json.contains("those locks are not traced"))
    }

    @Test func aBrokenTraceFileIsReportedInChinese() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write(
            "broken.jsonl",
            """
            {"format":"spindle-trace","version":1}
            {"actor":1,"kind":{"actor":{"id":1,"kind":"process","name":"main"},"type":"declareActor"},"time":1}
            {"actor":1,"kind":{"resource":{"id":0,"kind":"lock","name":"a"},"type":"declareResource"},"time":1}

            """)
        let message = CurrentLanguage.$scoped.withValue(.simplifiedChinese) { () -> String? in
            do {
                _ = try TraceFiles.load(file.path)
                return nil
            } catch {
                return "\(error)"
            }
        }
        #expect(message == "\(file.path):3: 资源 id 0 超出范围；id 是 1 到 2147483647 的整数")
    }
}
