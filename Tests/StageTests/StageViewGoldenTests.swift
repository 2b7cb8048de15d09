import Testing
import Trace
@testable import Stage

/// The fixture trace drawn at both reference sizes, compared cell for cell.
@Suite("StageView golden frames") struct StageViewGoldenTests {
    private func frame(width: Int, height: Int, color: Bool) -> FrameBuffer {
        StageView.render(timeline: StageViewFixture.timeline, at: StageViewFixture.now,
                         size: (width, height), color: color, title: "Lock contention")
    }

    @Test func smallTerminalText() {
        let expected = """
        Spindle · Lock contention                                            t = 40.0 ms
        ── Threads & processes  time →, 1 column = 2 ms ────────────────────────────────
        main pid 4242 │████████████┄┄┄┄┄┄┄┄       │ waiting to join worker-1
        worker-1      │·██████zzz██████████       │ running, holds lock#1
        worker-2      │·█▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒       │ blocked on lock#1 (held by worker-1)
        worker-3      │··█▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒       │ blocked on lock#1 (held by worker-1)
        child pid 4243│      █████✓               │ done, exit 0
        Key: · new ░ ready █ running ▒ blocked ┄ waiting z sleeping ✓ done ✗ failed
        ── Shared resources ────────────────────────────────────────────────────────────
        lock#1      held by worker-1; waiting: worker-2, worker-3
        queue jobs  [1 2 3 · ·] 3/5
        ── Process tree ────────────────────────────────────────────────────────────────
        main pid 4242  waiting to join worker-1
        └─ child pid 4243  done, exit 0
        Results  lost = 0
        ── What happened  (time since start) ───────────────────────────────────────────
          10.0 ms  main      put "3" on queue "jobs" (3 items)
          12.0 ms  main      started child (pid 4243)
          13.0 ms  child     is running
          14.0 ms  worker-1  sleeping for 6.0 ms
          20.0 ms  worker-1  is running
          22.0 ms  child     exited with status 0
          24.0 ms  main      waiting to join worker-1
          30.0 ms  main      result lost=0
        """
        #expect(frame(width: 80, height: 24, color: false).plainLines == lines(expected))
    }

    /// Styles per cell (see `styleLines`): colour changes only the styles, never the text.
    @Test func smallTerminalStyles() {
        let expected = """
        CCCCCCCCCCCCCCCCCCCCCCCCC............................................kkkkkkkkkkk
        kkkBBBBBBBBBBBBBBBBBBBkkkkkkkkkkkkkkkkkkkkkkkkk.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk
        BBBBBBBBBBBBBBkggggggggggggyyyyyyyy.......k.yyyyyyyyyyyyyyyyyyyyyyyy
        BBBBBBBBBBBBBBkkggggggbbbgggggggggg.......k.ggggggggggggggggggggg
        BBBBBBBBBBBBBBkkgrrrrrrrrrrrrrrrrrr.......k.rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr
        BBBBBBBBBBBBBBkkkgrrrrrrrrrrrrrrrrr.......k.rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr
        BBBBBBBBBBBBBBk......gggggG...............k.GGGGGGGGGGGG
        kkkkkk.....c.......g.........r.........y.........b..........G......R
        kkkBBBBBBBBBBBBBBBB.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk
        BBBBBBBBBB..........ggggggggrrrrrrrrrrrrrrrrrrrrrrrrrrrrr
        BBBBBBBBBB..kyyyyykkkkkk
        kkkBBBBBBBBBBBB.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk
        BBBBBBBBBBBBB..yyyyyyyyyyyyyyyyyyyyyyyy
        kkkBBBBBBBBBBBBBB..GGGGGGGGGGGG
        BBBBBBBBBMMMMMMMM
        kkkBBBBBBBBBBBBBkkkkkkkkkkkkkkkkkkkk.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk
        kkkkkkkkk..BBBBBBBB
        kkkkkkkkk..BBBBBBBB
        kkkkkkkkk..BBBBBBBB
        kkkkkkkkk..BBBBBBBB
        kkkkkkkkk..BBBBBBBB
        kkkkkkkkk..BBBBBBBB
        kkkkkkkkk..BBBBBBBB
        kkkkkkkkk..BBBBBBBB
        """
        let colored = frame(width: 80, height: 24, color: true)
        #expect(styleLines(colored) == lines(expected))
        #expect(colored.plainLines == frame(width: 80, height: 24, color: false).plainLines)
    }

    @Test func colorOffLeavesEveryCellPlain() {
        let plain = frame(width: 80, height: 24, color: false)
        #expect(plain.cells.allSatisfy { $0.style == .plain })
    }

    /// Kept as two 100-column halves so the literal stays readable.
    @Test func largeTerminalText() {
        let left = """
        Spindle · Lock contention
        ── Threads & processes  time →, 1 column = 500 µs ──────────────────────────────────────────────────
        main pid 4242 │████████████████████████████████████████████████┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄
        worker-1      │  ··████████████████████████zzzzzzzzzzzz████████████████████████████████████████
        worker-2      │  ····██▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒
        worker-3      │  ········██▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒
        child pid 4243│                        ··██████████████████✓
        Key: · new  ░ ready  █ running  ▒ blocked  ┄ waiting  z sleeping  ✓ done  ✗ failed
        ── Shared resources ────────────────────────────────────────────────────────────────────────────────
        lock#1      held by worker-1; waiting: worker-2, worker-3
        queue jobs  [1 2 3 · ·] 3/5
        Results  lost = 0
        ── What happened  (time since start) ───────────────────────────────────────────────────────────────
           0.5 ms  main      created queue "jobs" (maxsize 5)
           1.0 ms  main      started thread worker-1
           1.0 ms  main      started thread worker-2
           1.0 ms  main      started thread worker-3
           2.0 ms  worker-1  is running
           2.2 ms  worker-1  acquired lock#1
           3.0 ms  worker-2  is running
           4.0 ms  worker-2  blocked on lock#1 (held by worker-1)
           5.0 ms  worker-3  is running
           6.0 ms  worker-3  blocked on lock#1 (held by worker-1)
           8.0 ms  main      put "1" on queue "jobs" (1 item)
           9.0 ms  main      put "2" on queue "jobs" (2 items)
          10.0 ms  main      put "3" on queue "jobs" (3 items)
          12.0 ms  main      started child (pid 4243)
          13.0 ms  child     is running
          14.0 ms  worker-1  sleeping for 6.0 ms
          20.0 ms  worker-1  is running
          22.0 ms  child     exited with status 0
          24.0 ms  main      waiting to join worker-1
          30.0 ms  main      result lost=0



























        """
        let right = """
                                                                                                 t = 40.0 ms
        ────────────────────────────────────────────────────────────────────────────────────────────────────
                                                                      │ waiting to join worker-1
                                                                      │ running, holds lock#1
                                                                      │ blocked on lock#1 (held by worker-1)
                                                                      │ blocked on lock#1 (held by worker-1)
                                                                      │ done, exit 0

        ────────  ── Process tree ──────────────────────────────────────────────────────────────────────────
                  main pid 4242  waiting to join worker-1
                  └─ child pid 4243  done, exit 0

        ────────────────────────────────────────────────────────────────────────────────────────────────────















































        """
        let large = frame(width: 200, height: 60, color: false)
        #expect(plainLines(large, columns: 0..<100) == lines(left))
        #expect(plainLines(large, columns: 100..<200) == lines(right))
    }
}
