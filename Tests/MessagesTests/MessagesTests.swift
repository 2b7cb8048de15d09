import Testing

@testable import Messages

@Suite struct MessagesTests {
    @Test func argumentsAreFilledInByName() {
        #expect(
            Messages.text("welcome.begin", ["order": "3"], in: .english)
                == "Type `lessons` to see the course, `open 3` to begin, `help` for commands.")
        #expect(Messages.text("welcome.begin", ["order": "3"], in: .simplifiedChinese).contains("`open 3`"))
    }

    @Test func anArgumentsOwnBracesStayAsTheyAre() {
        #expect(MessageTemplate.fill("a {x} b {y}", with: ["x": "{y}", "y": "2"]) == "a {y} b 2")
        #expect(MessageTemplate.fill("left {open", with: ["open": "1"]) == "left {open")
    }

    @Test func anUnknownKeyShowsItself() {
        #expect(Messages.text("no.such.key", in: .simplifiedChinese) == "no.such.key")
    }
}
