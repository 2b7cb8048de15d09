import Testing

@testable import LabScreen

@Suite("LabText") struct LabTextTests {
    @Test func windowCutsBothSides() {
        #expect(LabText.window("abcdefghij", from: 0, width: 5) == "abcd…")
        #expect(LabText.window("abcdefghij", from: 3, width: 5) == "…efg…")
        #expect(LabText.window("abcdefghij", from: 6, width: 5) == "…hij")
        #expect(LabText.window("    x", from: 2, width: 5) == "  x")
    }

    @Test func displayColumnCountsTabsAndWideCharacters() {
        #expect(LabText.displayColumn(of: 1, in: "x = 1") == 0)
        #expect(LabText.displayColumn(of: 5, in: "x = 1") == 4)
        #expect(LabText.displayColumn(of: 2, in: "\tx") == 4)
        #expect(LabText.displayColumn(of: 3, in: "名前x") == 4)
    }

    @Test func wrapStopsAtTheLimit() {
        #expect(LabText.wrap("one two three four", width: 9) == ["one two", "three", "four"])
        #expect(LabText.wrap("one two three four", width: 9, limit: 2) == ["one two", "three fo…"])
        #expect(LabText.wrap("one", width: 9, limit: 0) == [])
    }

    @Test func singleLineShowsControls() {
        #expect(LabText.singleLine("a\u{1B}[2J\nb") == "a␛[2J b")
    }
}
