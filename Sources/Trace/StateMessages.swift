import Messages

/// The state table's messages (`trace.state.` keys), split once per language into text and
/// placeholders. The stage asks for one on every lane of every frame, and filling a template
/// through ``Messages/text(_:_:in:)`` scans it character by character each time: a sixth of a
/// 32-lane frame. Filling a split template is a few appends.
enum StateMessages {
    /// A template as the text between its placeholders and the placeholders' names.
    private enum Piece: Sendable {
        case text(String)
        case argument(String)
    }

    /// The message `key` in `language`, as ``Messages/text(_:_:in:)`` would give it.
    static func text(
        _ key: String, _ arguments: KeyValuePairs<String, String> = [:], in language: Language
    ) -> String {
        guard let pieces = prepared[language]?[key] ?? prepared[.english]?[key] else {
            return Messages.text(key, arguments, in: language)
        }
        var result = ""
        for piece in pieces {
            switch piece {
            case .text(let text):
                result += text
            case .argument(let name):
                result += arguments.first { $0.key == name }?.value ?? "{\(name)}"
            }
        }
        return result
    }

    private static let prepared: [Language: [String: [Piece]]] = Dictionary(
        uniqueKeysWithValues: Language.allCases.map { language in
            let table = Catalogue.table(for: language).filter { $0.key.hasPrefix("trace.state.") }
            return (language, table.mapValues(split))
        })

    /// `blocked on {resource}` as `blocked on ` and the argument `resource`.
    private static func split(_ template: String) -> [Piece] {
        var pieces: [Piece] = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { pieces.append(.text(String(rest[..<open]))) }
            pieces.append(.argument(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        return pieces
    }
}
