import Lab
import Messages
import TestSupport
import Testing
import TextRendering

@Suite("Lab explorer report in Chinese")
struct ExplorationReportChineseTests {
    static let crossedLocks = """
        import threading
        a = threading.Lock()
        b = threading.Lock()

        def first():
            with a:
                with b:
                    pass

        def second():
            with b:
                with a:
                    pass

        t1 = threading.Thread(target=first)
        t2 = threading.Thread(target=second)
        t1.start()
        t2.start()
        t1.join()
        t2.join()
        """

    @Test("a deadlock's report reads in Chinese and fits 80 columns, its JSON stays English")
    func deadlockReport() throws {
        let report = Explorer.explore(try labProgram(Self.crossedLocks))
        let text = CurrentLanguage.$scoped.withValue(.simplifiedChinese) { report.text() }
        #expect(text.hasPrefix("已探索 "))
        #expect(text.contains("结果："))
        #expect(text.contains("死锁"))
        #expect(text.contains("等待锁 "))
        #expect(text.contains("最短："))
        #expect(text.contains("结论：有交错执行会失败（退出码 1）"))
        for line in text.split(separator: "\n") {
            #expect(DisplayWidth.of(line) <= 80, "\(line)")
        }
        let bad = try #require(report.outcomes.first { $0.isBad })
        #expect(bad.detail?.contains("waits for lock") == true)
        #expect(report.text(in: .english).contains("verdict: some interleaving fails (exit 1)"))
    }

    @Test("a goal and a thread's next step read in Chinese")
    func goalAndStep() throws {
        let program = try labProgram(Self.crossedLocks)
        let goal = try LabGoal.parse("deadlock", for: program)
        #expect(goal.description(in: .simplifiedChinese) == "造成死锁")
        let engine = LabEngine(program)
        let next = CurrentLanguage.$scoped.withValue(.simplifiedChinese) { () -> String? in
            guard case .runnable(let next, _) = engine.threads.first?.status else { return nil }
            return next
        }
        #expect(next?.contains(where: { DisplayWidth.of($0) == 2 }) == true)
    }
}
