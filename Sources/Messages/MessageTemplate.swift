/// A message with its `{name}` placeholders found once: the text between them and their names.
/// The stage fills some messages on every lane of every frame, and scanning a template character
/// by character each time cost a sixth of a frame; filling found pieces is a few appends.
struct MessageTemplate: Sendable {
    private enum Piece: Sendable {
        case text(String)
        case argument(String)
    }

    private let pieces: [Piece]
    /// The template as written, returned as is when it has no placeholders.
    private let whole: String
    private let hasPlaceholders: Bool

    init(_ template: String) {
        whole = template
        var pieces: [Piece] = []
        var rest = template[...]
        // Bytes, not Characters: all the templates are split at start-up, and looking for the
        // braces grapheme by grapheme cost `spindle lessons` 3% of its time. A brace is ASCII,
        // so its byte index is a valid index of the text.
        while let open = rest.utf8.firstIndex(of: UInt8(ascii: "{")),
            let close = rest.utf8[open...].firstIndex(of: UInt8(ascii: "}"))
        {
            if open > rest.startIndex { pieces.append(.text(String(rest[..<open]))) }
            pieces.append(.argument(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        self.pieces = pieces
        hasPlaceholders = pieces.contains { if case .argument = $0 { true } else { false } }
    }

    /// The placeholder names, in order: what the catalogue test compares.
    var placeholders: [String] {
        pieces.compactMap { if case .argument(let name) = $0 { name } else { nil } }
    }

    /// The message with each placeholder replaced by its argument, in one pass, so an argument's
    /// own braces stay as they are; a placeholder without an argument stays as written.
    func filled(with arguments: KeyValuePairs<String, String>) -> String {
        guard !arguments.isEmpty, hasPlaceholders else { return whole }
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

    static func fill(_ template: String, with arguments: KeyValuePairs<String, String>) -> String {
        MessageTemplate(template).filled(with: arguments)
    }

    static func placeholders(in template: String) -> [String] {
        MessageTemplate(template).placeholders
    }
}
