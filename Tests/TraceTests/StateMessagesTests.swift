import Messages
import Testing

@testable import Trace

/// The state table's split templates say exactly what the catalogue says.
@Suite struct StateMessagesTests {
    private static let arguments: KeyValuePairs<String, String> = [
        "resource": "lock#1", "owner": "w{1}", "value": "2", "resources": "a, b", "duration": "6.0 ms",
        "code": "0", "signal": "9", "message": "boom", "actor": "main", "arrived": "1", "parties": "3",
    ]

    @Test(arguments: Language.allCases)
    func everyStateMessageFillsAsTheCatalogueDoes(language: Language) {
        let keys = Catalogue.table(for: language).keys.filter { $0.hasPrefix("trace.state.") }
        #expect(!keys.isEmpty)
        for key in keys {
            #expect(
                StateMessages.text(key, Self.arguments, in: language)
                    == Messages.text(key, Self.arguments, in: language), "\(key)")
            #expect(StateMessages.text(key, in: language) == Messages.text(key, in: language), "\(key)")
        }
    }

    @Test func anUnknownKeyShowsItself() {
        #expect(StateMessages.text("trace.state.no-such", in: .simplifiedChinese) == "trace.state.no-such")
    }
}
