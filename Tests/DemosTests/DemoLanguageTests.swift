import Demos
import Messages
import TestSupport
import Testing
import Trace

/// The demos speak the language the tutor speaks when it starts them: their descriptions here,
/// their narration in the demo's own process, which the fork server forked before any language
/// was chosen. Each test names its language rather than switching the process's, so the other
/// suites of this target keep running in English.
@Suite("Demos speak the student's language", .forksProcesses)
struct DemoLanguageTests {
    @Test("a demo started in Chinese narrates in Chinese, whatever the fork server inherited")
    func narrationFollowsTheLaunch() async throws {
        #expect(CurrentLanguage.value == .english, "the launching process speaks English")
        let chinese = try await notes(of: "fork-basics", in: .simplifiedChinese)
        #expect(chinese.contains { $0.hasPrefix("父进程（pid ") }, "\(chinese)")
        #expect(!chinese.contains { $0.hasPrefix("parent (pid ") }, "\(chinese)")
        let english = try await notes(of: "fork-basics", in: .english)
        #expect(english.contains { $0.hasPrefix("parent (pid ") }, "\(english)")
    }

    @Test("an event-loop demo narrates its rounds, the caller's ticks and the answer in Chinese")
    func asyncNarrationFollowsTheLaunch() async throws {
        let parameters = ["speed=0", "delay=0.05", "tick=0.01"]
        let chinese = try await notes(of: "blocking-vs-async", parameters, in: .simplifiedChinese)
        #expect(chinese.contains { $0.hasPrefix("1. 阻塞：") }, "\(chinese)")
        #expect(chinese.contains { $0.hasPrefix("4. await：") }, "\(chinese)")
        #expect(chinese.contains("第 1 个 tick 的别的工作已完成"), "\(chinese)")
        #expect(chinese.contains { $0.hasPrefix("已收到回答；") }, "\(chinese)")
        #expect(!chinese.contains { $0.hasPrefix("1. blocking:") || $0.hasPrefix("answer received;") })
        let english = try await notes(of: "blocking-vs-async", parameters, in: .english)
        #expect(
            english.contains { $0.hasPrefix("1. blocking: `os.read(r, 64)` holds the line") }, "\(english)")
        #expect(english.contains("tick 1 of other work done"), "\(english)")
    }

    @Test("a demo that stops at its time limit says so in the language it was started in")
    func stopReasonFollowsTheLaunch() async throws {
        let demo = try #require(DemoCatalog.demo(named: "pipe-pingpong"))
        let arguments = try DemoArguments(
            parsing: ["speed=1", "time_limit=0.5", "rounds=500000"], for: demo.descriptor)
        let execution = try DemoExecution(
            demo, arguments: arguments, recorder: TraceRecorder(), language: .simplifiedChinese)
        let outcome = try #require(await offThePool { execution.wait(timeout: 60) })
        #expect(outcome.ending == .stoppedEarly("已到 0.5 秒的时间限制"), "\(outcome.ending)")
    }

    @Test("every demo's summary, parameter help and result meanings are in both languages")
    func descriptionsAreTranslated() {
        for descriptor in DemoCatalog.descriptors {
            let english = descriptor.summary(in: .english)
            let chinese = descriptor.summary(in: .simplifiedChinese)
            #expect(!english.hasPrefix("demos.") && english != chinese, "\(descriptor.name): \(chinese)")
            #expect(Self.isChinese(chinese), "\(descriptor.name): \(chinese)")
            for parameter in descriptor.parameters {
                let help = parameter.summary(in: .simplifiedChinese)
                #expect(Self.isChinese(help), "\(descriptor.name) \(parameter.name): \(help)")
                #expect(!parameter.summary(in: .english).hasPrefix("demos."), "\(parameter.name)")
                #expect(Self.isChinese(parameter.allowed(in: .simplifiedChinese)), "\(parameter.name)")
            }
            for result in descriptor.results {
                let meaning = result.meaning(in: .simplifiedChinese)
                #expect(Self.isChinese(meaning), "\(descriptor.name) \(result.name): \(meaning)")
                #expect(!result.meaning(in: .english).hasPrefix("demos."), "\(result.name)")
            }
        }
    }

    @Test("help keeps today's English, and names and choice words stay English in Chinese")
    func englishUnchangedAndNamesKept() throws {
        let counter = try #require(DemoCatalog.demo(named: "shared-counter")).descriptor
        #expect(
            counter.summary(in: .english)
                == "processes add 1 to a shared Value, with or without a lock around `+= 1`")
        let workers = try #require(counter.parameter(named: "workers"))
        #expect(workers.allowed(in: .english) == "a whole number from 1 to 8")
        #expect(workers.allowed(in: .simplifiedChinese) == "1 到 8 的整数")
        let mode = try #require(DemoCatalog.demo(named: "pool-apply")?.descriptor.parameter(named: "mode"))
        #expect(mode.allowed(in: .simplifiedChinese).contains("apply, async"))
    }

    @Test("a not-measured reason stays English in the value and reads in Chinese for the student")
    func notMeasuredReasonIsTranslatedOnDisplay() throws {
        let value = DemoResult.notMeasured(because: "others kept CPUs busy: 0.4 of 2 free")
        #expect(
            DemoResult.notMeasuredReason(of: value, in: .english) == "others kept CPUs busy: 0.4 of 2 free")
        #expect(
            DemoResult.notMeasuredReason(of: value, in: .simplifiedChinese) == "其他程序占着 CPU：2 个中只有 0.4 个空闲")
        let oneCPU = DemoResult.notMeasured(because: "1 CPU available (sched_getaffinity)")
        #expect(
            DemoResult.notMeasuredReason(of: oneCPU, in: .simplifiedChinese)
                == "只有 1 个 CPU 可用（sched_getaffinity）")
        let unknown = DemoResult.notMeasured(because: "a reason no entry words")
        #expect(
            DemoResult.notMeasuredReason(of: unknown, in: .simplifiedChinese) == "a reason no entry words")
        #expect(DemoResult.notMeasuredReason(of: "12", in: .simplifiedChinese) == nil)
    }

    /// The notes of a run of the demo `name` with `parameters`, started in `language`.
    private func notes(
        of name: String, _ parameters: [String] = ["speed=0"], in language: Language
    ) async throws -> [String] {
        let demo = try #require(DemoCatalog.demo(named: name))
        let recorder = TraceRecorder()
        let execution = try DemoExecution(
            demo, arguments: try DemoArguments(parsing: parameters, for: demo.descriptor),
            recorder: recorder,
            language: language)
        let outcome = try #require(await offThePool { execution.wait(timeout: 60) })
        #expect(outcome.ending == .completed)
        return recorder.events.compactMap { event in
            if case .note(let text) = event.kind { return text }
            return nil
        }
    }

    private static func isChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x3000...0x9FFF).contains($0.value) }
    }
}
