import Testing

@testable import TextRendering

@Suite struct CodeRendererTests {
    private let pythonCode = "async def f():\n    await g()"
    private let swiftCode = "func f() async {\n    await g()\n}"

    @Test func codeBlockIsLabeledAndNotReflowed() {
        let expected = """
            ── python ──
            async with lock:
                counter += 1
            ────────────
            """
        let code = "async with lock:\n\tcounter += 1"
        #expect(
            CodeRenderer.render(
                code: code, language: "python", options: RenderOptions(width: 20, color: false))
                == lines(expected))
    }

    @Test func longCodeLinesAreTruncatedWithEllipsis() {
        let rendered = CodeRenderer.render(
            code: "print('中文中文中文')", language: "", options: RenderOptions(width: 10, color: false))
        #expect(rendered == ["────", "print('中…", "────"])
    }

    @Test func pairSideBySideWhenBothFit() {
        let expected = """
            python         │ swift
            ───────────────┼─────────────────
            async def f(): │ func f() async {
                await g()  │     await g()
                           │ }
            """
        let rendered = CodeRenderer.renderPair(
            (language: "python", code: pythonCode), (language: "swift", code: swiftCode),
            options: RenderOptions(width: 40, color: false)
        )
        #expect(rendered == lines(expected))
    }

    @Test func pairStacksWhenTooWide() {
        let expected = """
            ── python ──
            async def f():
                await g()
            ────────────

            ── swift ──
            func f() async {
                await g()
            }
            ───────────
            """
        let rendered = CodeRenderer.renderPair(
            (language: "python", code: pythonCode), (language: "swift", code: swiftCode),
            options: RenderOptions(width: 30, color: false)
        )
        #expect(rendered == lines(expected))
    }

    @Test func pairWithColor() {
        let expected = """
            \u{1B}[1;35mpython\u{1B}[0m\u{1B}[90m │ \u{1B}[0m\u{1B}[1;35mswift\u{1B}[0m
            \u{1B}[90m───────┼──────────\u{1B}[0m
            x = 1 \u{1B}[90m │ \u{1B}[0mlet x = 1
            """
        let rendered = CodeRenderer.renderPair(
            (language: "python", code: "x = 1"), (language: "swift", code: "let x = 1"),
            options: RenderOptions(width: 40, color: true)
        )
        #expect(rendered == lines(expected))
    }
}
