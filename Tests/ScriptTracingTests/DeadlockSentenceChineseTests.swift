import Messages
import Testing

@testable import ScriptTracing
@testable import Trace

@Suite("Script deadlock sentence in Chinese")
struct DeadlockSentenceChineseTests {
    @Test("the deadlock sentence speaks Chinese, names and places as the program wrote them")
    func chineseSentence() throws {
        var translator = ProbeTranslator(scriptName: "bank.py")
        var state = TraceState()
        for text in ProbeTranslatorTests.deadlockLines {
            let line = try #require(ProbeLine(Substring(text)))
            for event in translator.translate(line) { state.apply(event) }
        }
        let cycle = try #require(WaitForGraph(state).deadlock(mayGiveUp: translator.mayGiveUp))
        let sentence = DeadlockSentence.make(
            cycle, in: state, sources: translator.stateSources, language: .simplifiedChinese)
        #expect(
            sentence
                == "死锁：alice 等待锁 `b`（由 bob 持有），而后者等待锁 `a`（由 alice 持有）（bank.py:14 和 bank.py:22）")
        // The trace and `--json` keep English whatever the student reads.
        let english = CurrentLanguage.$scoped.withValue(.simplifiedChinese) {
            DeadlockSentence.make(cycle, in: state, sources: translator.stateSources)
        }
        #expect(english.hasPrefix("deadlock: alice waits for lock `b` held by bob"))
    }
}
