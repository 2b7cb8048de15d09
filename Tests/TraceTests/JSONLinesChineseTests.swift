import Messages
import Testing

@testable import Trace

/// Why a trace file cannot be read is said to the student in Chinese, while the error's English
/// reason, which programs and tests read, stays as it was.
@Suite struct JSONLinesChineseTests {
    private static let undeclaredActor = [
        JSONLines.header,
        #"{"actor":1,"kind":{"actor":{"id":1,"kind":"process","name":"main"},"type":"declareActor"},"time":10}"#,
        #"{"actor":2,"kind":{"state":{"type":"running"},"type":"transition"},"time":12}"#,
    ].joined(separator: "\n")

    private static func error(reading text: String) -> JSONLinesError? {
        do {
            _ = try JSONLines.decode(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func theValidatorsReasonIsChineseForTheStudentAndEnglishInTheError() throws {
        let error = try #require(
            CurrentLanguage.$scoped.withValue(.simplifiedChinese) {
                Self.error(reading: Self.undeclaredActor)
            })
        #expect(error.line == 3)
        #expect(error.reason == "actor 2 is not declared; add a declareActor line for it above this one")
        let shown = CurrentLanguage.$scoped.withValue(.simplifiedChinese) {
            error.reason(in: CurrentLanguage.value)
        }
        #expect(shown == "参与者 2 未声明；请在这一行之上为它加一行 declareActor")
        #expect(error.reason(in: .english) == error.reason)
        // Made from its English words alone, it is still the same error.
        #expect(error == JSONLinesError(line: 3, reason: error.reason))
    }

    @Test func aMissingFieldIsNamedInChinese() throws {
        let text = [JSONLines.header, #"{"actor":1,"kind":{"text":"n","type":"note"}}"#].joined(
            separator: "\n")
        let error = try #require(Self.error(reading: text))
        #expect(error.reason == #"missing field "time""#)
        #expect(error.reason(in: .simplifiedChinese) == #"缺少字段 "time""#)
    }

    @Test func aFileWithoutItsHeaderIsToldSoInChinese() throws {
        let error = try #require(Self.error(reading: "{}"))
        #expect(error.reason(in: .simplifiedChinese) == "应以文件头 \(JSONLines.header) 开始")
    }
}
