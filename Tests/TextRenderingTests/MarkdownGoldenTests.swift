import Testing

@testable import TextRendering

/// Exact expected output; each literal is the terminal screen, line by line.
@Suite struct MarkdownGoldenTests {
    @Test func pageWithoutColor() {
        let expected = """
            Tasks and actors
            ════════════════

            Swift runs structured concurrency: a
            task can spawn child tasks with
            `async let`, and the `TaskGroup` API.
            See the book (https://docs.swift.org)
            for more.

            • First item is short
            • Second item is long enough that it has
              to wrap onto another line
              ◦ nested item

            1. one
            2. two

            │ Actors protect their state: only one
            │ task at a time runs on an actor.

            ── python ──
            async def main():
                await asyncio.gather(a(), b())  # t…
            ────────────

            ────────────────────────────────────────

            ┌──────────────────┬─────────────┐
            │ Python           │       Swift │
            ├──────────────────┼─────────────┤
            │ `asyncio.gather` │ `async let` │
            │ `asyncio.Lock`   │       actor │
            └──────────────────┴─────────────┘
            """
        #expect(
            MarkdownRenderer.render(samplePage, options: RenderOptions(width: 40, color: false))
                == lines(expected))
    }

    @Test func pageWithColor() {
        let expected = """
            \u{1B}[1;4;36mTasks and actors\u{1B}[0m

            Swift runs \u{1B}[1mstructured\u{1B}[0m concurrency: a
            \u{1B}[3mtask\u{1B}[0m can spawn child tasks with
            \u{1B}[33masync let\u{1B}[0m, and the \u{1B}[33mTaskGroup\u{1B}[0m API. See
            \u{1B}[4;34mthe book\u{1B}[0m \u{1B}[2m(https://docs.swift.org)\u{1B}[0m for
            more.

            \u{1B}[36m• \u{1B}[0mFirst item is short
            \u{1B}[36m• \u{1B}[0mSecond item is long enough that it has
              to wrap onto another line
              \u{1B}[36m◦ \u{1B}[0mnested item

            \u{1B}[36m1. \u{1B}[0mone
            \u{1B}[36m2. \u{1B}[0mtwo

            \u{1B}[90m│ \u{1B}[0mActors protect their state: only one
            \u{1B}[90m│ \u{1B}[0mtask at a time runs on an actor.

            \u{1B}[90m── \u{1B}[0m\u{1B}[1;35mpython\u{1B}[0m\u{1B}[90m ──\u{1B}[0m
            async def main():
                await asyncio.gather(a(), b())  # t…
            \u{1B}[90m────────────\u{1B}[0m

            \u{1B}[90m────────────────────────────────────────\u{1B}[0m

            \u{1B}[90m┌────────────────┬───────────┐\u{1B}[0m
            \u{1B}[90m│\u{1B}[0m \u{1B}[1mPython\u{1B}[0m         \u{1B}[90m│\u{1B}[0m     \u{1B}[1mSwift\u{1B}[0m \u{1B}[90m│\u{1B}[0m
            \u{1B}[90m├────────────────┼───────────┤\u{1B}[0m
            \u{1B}[90m│\u{1B}[0m \u{1B}[33masyncio.gather\u{1B}[0m \u{1B}[90m│\u{1B}[0m \u{1B}[33masync let\u{1B}[0m \u{1B}[90m│\u{1B}[0m
            \u{1B}[90m│\u{1B}[0m \u{1B}[33masyncio.Lock\u{1B}[0m   \u{1B}[90m│\u{1B}[0m     actor \u{1B}[90m│\u{1B}[0m
            \u{1B}[90m└────────────────┴───────────┘\u{1B}[0m
            """
        #expect(
            MarkdownRenderer.render(samplePage, options: RenderOptions(width: 40, color: true))
                == lines(expected))
    }

    @Test func chineseParagraphWrapsBetweenCharacters() {
        let expected = """
            在 Swift 中，任务
            （Task）是并发的基本
            单位。每个任务都可以
            创建子任务，并且在结
            构化并发中，子任务不
            会比父任务活得更久。
            😀表情也要算两列。
            """
        let rendered = MarkdownRenderer.render(sampleChinese, options: RenderOptions(width: 20, color: false))
        #expect(rendered == lines(expected))
        #expect(rendered.allSatisfy { DisplayWidth.of($0) <= 20 })
        // Soft line break between two Chinese characters joins without a space.
        #expect(rendered.joined().contains("，并且"))
    }

    @Test func mixedScriptTableKeepsBordersAligned() {
        let expected = """
            ┌──────────┬─────────┬───────┐
            │ 名字     │  状态   │ Note  │
            ├──────────┼─────────┼───────┤
            │ 任务     │ ✅ 完成 │ done  │
            │ actor 演 │  🇨🇳 👩‍👩‍👧  │ ❤️ ok │
            │ 员       │         │       │
            │ été      │ 中文很  │ x     │
            │          │ 长的内  │       │
            │          │ 容需要  │       │
            │          │ 换行显  │       │
            │          │ 示才行  │       │
            └──────────┴─────────┴───────┘
            """
        let rendered = MarkdownRenderer.render(
            sampleMixedTable, options: RenderOptions(width: 30, color: false))
        #expect(rendered == lines(expected))
        #expect(Set(rendered.map { DisplayWidth.of($0) }) == [30])
        let colored = MarkdownRenderer.render(
            sampleMixedTable, options: RenderOptions(width: 30, color: true))
        #expect(colored.map(visibleText) == rendered)
    }

    @Test func tableTooNarrowForColumnsBecomesRecords() {
        let expected = """
            名字: 任务
            状态: ✅ 完
            成
            Note: done

            名字: actor
            演员
            状态: 🇨🇳 👩‍👩‍👧
            Note: ❤️ ok

            名字: été
            状态: 中文很
            长的内容需要
            换行显示才行
            Note: x
            """
        #expect(
            MarkdownRenderer.render(sampleMixedTable, options: RenderOptions(width: 12, color: false))
                == lines(expected))
    }
}
