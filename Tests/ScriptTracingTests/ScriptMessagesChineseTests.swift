import Messages
import TestSupport
import Testing

@testable import ScriptTracing

/// What `spindle trace` tells the student about a run (why it stopped, why it could not start,
/// what the probe could not trace) reads in Chinese, while the outcome, the errors' descriptions
/// and the warnings themselves keep the English that programs read.
@Suite("Script run messages in Chinese")
struct ScriptMessagesChineseTests {
    @Test(
        "a program stopped at its time limit is told so in Chinese; its outcome keeps English",
        .enabled(if: Toolchain.hasPython3, "python3 is not installed"))
    func timeLimitInChinese() throws {
        let run = try ScriptRunning.run("endless.py", timeLimit: 1)
        let english = "it ran past its time limit of 1 s; give a longer one with --time-limit"
        #expect(run.outcome.ending == .stopped(english))
        let words = try #require(run.outcome.reasonWords)
        #expect(words.english == english)
        let shown = CurrentLanguage.$scoped.withValue(.simplifiedChinese) {
            words.text(in: CurrentLanguage.value)
        }
        #expect(shown == "运行超过了 1 秒的时间限制；可用 --time-limit 设更长的限制")
    }

    @Test(
        "a stop asked for by the caller carries no words of the run's own",
        .enabled(if: Toolchain.hasPython3, "python3 is not installed"))
    func askedStopHasNoWords() throws {
        let run = try ScriptRunning.run("endless.py", stopAfter: 1)
        #expect(run.outcome.ending == .stopped(ScriptRun.interruptReason))
        #expect(run.outcome.reasonWords == nil)
    }

    @Test("a missing script is refused in Chinese, its description staying English")
    func missingScriptInChinese() {
        let invocation = ScriptInvocation(script: "no-such-dir/bank.py", python: "python3")
        #expect {
            _ = try ScriptRun(invocation, probe: ProbeScript.source)
        } throws: { error in
            guard let error = error as? ScriptRunError else { return false }
            return error.description
                == "cannot read no-such-dir/bank.py: no such file; give the path of a Python script"
                && error.text(in: .simplifiedChinese) == "无法读取 no-such-dir/bank.py：文件不存在；请给出 Python 脚本的路径"
        }
    }

    @Test("a probe that could not start is said in Chinese, Python's own line kept")
    func probeFailureInChinese() throws {
        let output = [OutputLine(stream: .stderr, text: "ImportError: no module named x")]
        let words = try #require(ScriptFailure.diagnose(output, probeStarted: false, python: "python3"))
        #expect(
            words.english
                == "python3 could not run Spindle's probe (it needs Python 3.9 or later): ImportError: no module named x"
        )
        #expect(
            words.text(in: .simplifiedChinese)
                == "python3 无法运行 Spindle 的探针（需要 Python 3.9 或更高版本）：ImportError: no module named x")
    }

    @Test("the probe's known warnings are said in Chinese, unknown ones as they came")
    func probeWarningsInChinese() {
        let replaced = "replaces_threading.py:28 replaced threading.Lock; those locks are not traced"
        #expect(
            ProbeWarning.text(replaced, in: .simplifiedChinese)
                == "replaces_threading.py:28 替换了 threading.Lock；这些锁不被追踪")
        #expect(ProbeWarning.text(replaced, in: .english) == replaced)
        let spawned =
            "the program started a process with the spawn start method; Spindle follows only forked processes, "
            + "so it is not shown"
        #expect(
            ProbeWarning.text(spawned, in: .simplifiedChinese)
                == "程序以 spawn 启动方式启动了进程；Spindle 只跟踪 fork 出的进程，因此不显示它")
        let unknown = "a newer probe says something else"
        #expect(ProbeWarning.text(unknown, in: .simplifiedChinese) == unknown)
    }

    @Test(
        "every kind of object the probe names when a primitive is replaced has a Chinese word",
        arguments: [
            "locks", "re-entrant locks", "conditions", "semaphores", "events", "barriers", "threads",
            "timers",
            "queues", "sleeps", "pipes", "shared values", "objects",
        ])
    func replacedThingsInChinese(things: String) {
        let warning = "x.py:3 replaced threading.Thing; those \(things) are not traced"
        let shown = ProbeWarning.text(warning, in: .simplifiedChinese)
        #expect(shown.hasPrefix("x.py:3 替换了 threading.Thing；这些"), "\(shown)")
        #expect(!shown.contains(things) && !shown.contains("script."), "\(shown)")
    }
}
