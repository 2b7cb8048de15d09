/// The block structure of a lesson page, before layout. Inline markup is kept
/// as source text so that it can be parsed once the renderer knows whether
/// colour is on (which changes how code spans look).
enum MarkdownBlock: Sendable, Hashable {
    case heading(level: Int, text: String)
    case paragraph(String)
    /// `start` is the first number of an ordered list; each item is its own blocks.
    case list(ordered: Bool, start: Int, items: [[MarkdownBlock]])
    case quote([MarkdownBlock])
    case code(language: String, lines: [String])
    case rule
    case table(MarkdownTable)
}

/// A GitHub pipe table; every row has exactly `alignments.count` cells.
struct MarkdownTable: Sendable, Hashable {
    var header: [String]
    var alignments: [TextAlignment]
    var rows: [[String]]
}
