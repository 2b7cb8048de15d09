import Testing

@testable import TextRendering

@Suite struct TerminalTextTests {
    @Test(arguments: [
        ("clear \u{1B}[2J screen", "clear ␛[2J screen"),
        ("\u{1B}]52;c;cm0gLXJmIH4=\u{07}", "␛]52;c;cm0gLXJmIH4=␇"),
        ("ding\u{07}", "ding␇"),
        ("\u{9B}31m", "<U+009B>31m"),
        ("abc\u{202E}fed", "abc<U+202E>fed"),
        ("\u{2066}isolate\u{2069}", "<U+2066>isolate<U+2069>"),
        ("del\u{7F}", "del␡"),
        ("nul\u{0}", "nul␀"),
        ("tab\there", "tab␉here"),
        ("two\nlines", "two\nlines"),
        ("中文 😀 é", "中文 😀 é"),
    ])
    func sanitizeNeutralizesControls(input: String, expected: String) {
        #expect(TerminalText.sanitize(input) == expected)
    }

    @Test func sanitizedTextHasNoControlCharactersButNewline() {
        let hostile = (0..<0xA0).compactMap(Unicode.Scalar.init).map(String.init).joined()
        let clean = TerminalText.sanitize(hostile)
        #expect(
            clean.unicodeScalars.allSatisfy {
                $0 == "\n" || !($0.value < 0x20 || (0x7F...0x9F).contains($0.value))
            })
    }

    @Test func linesSplitsAndExpandsTabs() {
        #expect(TerminalText.lines("a\tb\r\nxy\tz\n\tend\n") == ["a   b", "xy  z", "    end"])
        #expect(TerminalText.lines("中\tx") == ["中  x"])
        #expect(TerminalText.lines("") == [])
        #expect(TerminalText.lines("lone\rcr") == ["lone␍cr"])
    }

    @Test func hostileMarkdownCannotReachTheTerminal() {
        let hostile = """
            # Title \u{1B}]0;pwned\u{07}

            Text \u{1B}[2J with \u{9B}6n and \u{202E}reversed and \u{1B}]52;c;ZWNobyBoaQ==\u{07}.

            ```sh\u{1B}[31m
            echo \u{1B}[1A
            ```

            | a\u{1B}[H | b |
            |---|---|
            | \u{7}x | y |
            """
        for color in [false, true] {
            let lines = MarkdownRenderer.render(hostile, options: RenderOptions(width: 40, color: color))
            for line in lines {
                let shown = visibleText(line)
                #expect(
                    !shown.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
                #expect(!shown.unicodeScalars.contains("\u{202E}"))
                if !color { #expect(!line.unicodeScalars.contains("\u{1B}")) }
            }
            #expect(lines.contains { visibleText($0).contains("␛[2J") })
        }
    }
}
