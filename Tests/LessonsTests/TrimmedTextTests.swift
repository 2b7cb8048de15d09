import Foundation
import Testing

@testable import Lessons

/// Values of YAML blocks are trimmed as Foundation trims whitespace and line breaks, also when
/// the text is ASCII and trimmed without Foundation.
@Suite struct TrimmedTextTests {
    @Test(arguments: [
        "", " ", "plain", "  both ends \t", "\n\r\nlines\r\n", "\u{0B}\u{0C}tabs\tinside\t",
        "a\r\nb", "\u{00A0}no-break\u{00A0}", " é ", "\u{2028}separator\u{2029}", "日本 ",
    ])
    func trimsAsFoundationDoes(_ text: String) {
        #expect(MappingReader.trimmed(text) == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
