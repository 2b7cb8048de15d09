import Messages

/// Reads an English not-measured reason back into its catalogue entry and arguments, to word it
/// in another language: the reason travels in a result's value, which stays in English.
enum NotMeasuredWording {
    /// `reason` in `language`, or nil when no not-measured entry words it.
    static func translate(_ reason: String, into language: Language) -> String? {
        let english = Catalogue.table(for: .english)
        for (key, template) in english where key.contains(".not-measured.") {
            if let arguments = match(reason, template) {
                return fill(Messages.text(key, in: language), arguments)
            }
        }
        return nil
    }

    /// The arguments that make `template` read `text`, or nil when it cannot. Each placeholder
    /// takes the shortest text up to the words that follow it, as a number or a count does.
    static func match(_ text: String, _ template: String) -> [String: String]? {
        var arguments: [String: String] = [:]
        var rest = text[...]
        var pattern = template[...]
        while let open = pattern.firstIndex(of: "{"), let close = pattern[open...].firstIndex(of: "}") {
            let literal = pattern[..<open]
            guard rest.hasPrefix(literal) else { return nil }
            rest = rest.dropFirst(literal.count)
            let name = String(pattern[pattern.index(after: open)..<close])
            pattern = pattern[pattern.index(after: close)...]
            let next = pattern.prefix { $0 != "{" }
            if next.isEmpty {
                arguments[name] = String(rest)
                rest = rest.dropFirst(rest.count)
            } else {
                guard let found = rest.firstRange(of: next) else { return nil }
                arguments[name] = String(rest[..<found.lowerBound])
                rest = rest[found.lowerBound...]
            }
        }
        return rest == pattern ? arguments : nil
    }

    /// `template` with its placeholders replaced by `arguments`, in one pass.
    private static func fill(_ template: String, _ arguments: [String: String]) -> String {
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            result += arguments[name] ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
