import Foundation
import Lessons

/// Decides whether what a student typed is the answer, forgiving the ways people type:
/// `b`, `B)`, `(b)`, `2`, the choice's text, backticks, case, extra spaces, `4,000` for `4000`.
enum AnswerMatching {
    /// The index of the choice the student picked, or nil when the text names none.
    static func choiceIndex(_ typed: String, options: [String]) -> Int? {
        let token = normalized(typed).trimmingCharacters(in: CharacterSet(charactersIn: "().:"))
        if token.count == 1, let scalar = token.unicodeScalars.first, ("a"..."z").contains(Character(scalar))
        {
            let index = Int(scalar.value - UnicodeScalar("a").value)
            return index < options.count ? index : nil
        }
        if let number = Int(token), (1...options.count).contains(number) {
            return number - 1
        }
        return options.firstIndex { normalized($0) == normalized(typed) }
    }

    /// Whether a short answer matches one of the accepted ones.
    static func matchesText(_ typed: String, accepted: [String]) -> Bool {
        let answer = normalized(typed)
        return accepted.contains { normalized($0) == answer }
    }

    /// The letter shown before choice `index`: a, b, c...
    static func letter(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(ascii: "a") + UInt8(index % 26)))
    }

    /// Folds the differences that do not change an answer's meaning.
    static func normalized(_ text: String) -> String {
        var folded = text.lowercased()
            .replacingOccurrences(of: "`", with: "")
            .trimmingCharacters(in: .whitespacesAndNewlines)
            .trimmingCharacters(in: CharacterSet(charactersIn: "\"'."))
        folded = folded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let digitsOnly = folded.replacingOccurrences(of: ",", with: "").replacingOccurrences(
            of: "_", with: "")
        if Double(digitsOnly) != nil { return ResultValue(parsing: digitsOnly).description }
        return folded
    }
}
