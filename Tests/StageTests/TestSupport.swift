import TextRendering

@testable import Stage

/// `line` without SGR sequences: what the terminal actually shows.
func visibleText(_ line: String) -> String {
    var result = ""
    var insideEscape = false
    var scalars = line.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
        if insideEscape {
            // An SGR sequence ends with its final byte, `m`.
            if scalar == "m" { insideEscape = false }
        } else if scalar == "\u{1B}" {
            insideEscape = true
            _ = scalars.next()
        } else {
            result.unicodeScalars.append(scalar)
        }
    }
    return result
}

/// Display columns of `line`, escapes excluded.
func visibleWidth(_ line: String) -> Int {
    DisplayWidth.of(visibleText(line))
}

/// A page exercising every block kind, used by golden and property tests.
let samplePage = """
    # Tasks and actors

    Swift runs **structured** concurrency: a *task* can spawn
    child tasks with `async let`, and the `TaskGroup` API. See
    [the book](https://docs.swift.org) for more.

    - First item is short
    - Second item is long enough that it has to wrap onto another line
      - nested item
    1. one
    2. two

    > Actors protect their state: only one task at a time runs
    > on an actor.

    ```python
    async def main():
        await asyncio.gather(a(), b())  # this line is much too long for forty columns
    ```

    ---

    | Python | Swift |
    |:-------|------:|
    | `asyncio.gather` | `async let` |
    | `asyncio.Lock` | actor |
    """

/// Chinese prose with Latin words, punctuation and an emoji, as translated lessons have.
let sampleChinese = """
    在 Swift 中，任务（Task）是并发的基本单位。每个任务都可以创建子任务，
    并且在结构化并发中，子任务不会比父任务活得更久。😀表情也要算两列。
    """

/// A table mixing CJK, emoji (VS16, flag, ZWJ family) and combining accents.
let sampleMixedTable = """
    | 名字 | 状态 | Note |
    |---|:-:|---|
    | 任务 | ✅ 完成 | done |
    | actor 演员 | 🇨🇳 👩‍👩‍👧 | ❤️ ok |
    | e\u{301}té | 中文很长的内容需要换行显示才行 | x |
    """
