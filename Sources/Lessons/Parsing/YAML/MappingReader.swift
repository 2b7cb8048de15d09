import Foundation
import Messages
import Yams

/// Reads the keys of one YAML mapping (front matter, a block, a prediction choice), reporting
/// unknown, missing and mistyped values at the position of the offending key or value.
struct MappingReader {
    private let entries: [(key: String, keyNode: Node, value: Node)]
    let block: YAMLBlock
    /// What the mapping describes, for messages: "front matter", "prediction", "choice".
    let name: String
    /// Where "missing key" errors go: the fence, or the start of the front matter.
    let anchor: SourceLocation

    /// Nil, with an error logged at `anchor`, when `node` is not a mapping.
    init?(_ node: Node, block: YAMLBlock, name: String, anchor: SourceLocation) {
        guard let mapping = node.mapping else {
            block.log.error(
                Messages.text("lint.yaml.not-mapping", ["name": name]), at: block.location(of: node.mark))
            return nil
        }
        entries = mapping.map { (Self.text(of: $0.key) ?? "", $0.key, $0.value) }
        self.block = block
        self.name = name
        self.anchor = anchor
    }

    /// Reports every key not in `allowed`, suggesting the closest allowed one.
    func rejectUnknownKeys(allowed: [String]) {
        for entry in entries where !allowed.contains(entry.key) {
            let known = allowed.map { "`\($0)`" }.joined(separator: ", ")
            let suggestion = Suggestions.closest(to: entry.key, in: allowed)
            let message =
                suggestion.map {
                    Messages.text(
                        "lint.yaml.unknown-key-suggest", ["key": entry.key, "name": name, "suggestion": $0])
                } ?? Messages.text("lint.yaml.unknown-key", ["key": entry.key, "name": name, "known": known])
            block.log.error(message, at: block.location(of: entry.keyNode.mark))
        }
    }

    /// Whether the key is present (even with an empty value).
    func has(_ key: String) -> Bool {
        entries.contains { $0.key == key }
    }

    /// The value node of `key`.
    func value(_ key: String) -> Node? {
        entries.first { $0.key == key }?.value
    }

    /// Where the value of `key` was written, or where the key itself was when it has no value.
    func location(_ key: String) -> SourceLocation {
        guard let entry = entries.first(where: { $0.key == key }) else { return anchor }
        return block.location(of: entry.value.mark ?? entry.keyNode.mark)
    }

    /// The text of `key`, trimmed; logs an error and returns nil when it is missing, empty, or
    /// not text.
    func requiredText(_ key: String) -> String? {
        guard has(key) else {
            block.log.error(Messages.text("lint.yaml.missing-key", ["name": name, "key": key]), at: anchor)
            return nil
        }
        return optionalText(key).flatMap { text in
            if text.isEmpty {
                block.log.error(
                    Messages.text("lint.yaml.empty-value", ["key": key, "name": name]), at: location(key))
                return nil
            }
            return text
        }
    }

    /// The text of `key`, trimmed, or nil when it is absent; logs an error when it is not text.
    func optionalText(_ key: String) -> String? {
        guard let node = value(key) else { return nil }
        guard let text = Self.text(of: node) else {
            block.log.error(
                Messages.text("lint.yaml.not-text", ["key": key, "name": name, "kind": Self.kind(of: node)]),
                at: location(key))
            return nil
        }
        return text
    }

    /// A list of texts with their locations; a single text counts as a one-item list. Nil when
    /// absent or when an item is not text (reported).
    func textList(_ key: String) -> [(text: String, location: SourceLocation)]? {
        guard let node = value(key) else { return nil }
        let items = node.sequence.map(Array.init) ?? [node]
        var result: [(String, SourceLocation)] = []
        for item in items {
            guard let text = Self.text(of: item), !text.isEmpty else {
                block.log.error(
                    Messages.text("lint.yaml.entry-not-text", ["key": key, "name": name]),
                    at: block.location(of: item.mark))
                return nil
            }
            result.append((text, block.location(of: item.mark)))
        }
        return result
    }

    /// A scalar's text, trimmed. A local tag is put back in front: YAML reads `when: != 0` as
    /// the value `0` tagged `!=`, and the instructor meant the text `!= 0`.
    static func text(of node: Node) -> String? {
        guard let scalar = node.scalar else { return nil }
        let tag = node.tag.description
        let text = tag.hasPrefix("!") ? tag + " " + scalar.string : scalar.string
        let unfolded = scalar.style == .literal ? text : WideTextFolding.unfolded(text)
        return trimmed(unfolded)
    }

    /// `text` without leading and trailing whitespace and line breaks. Foundation's trimming
    /// goes through a copy of the text; a value of ASCII, as nearly all are, is trimmed here of
    /// the same characters (space, tab and the line breaks from LF to CR).
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let isSpace = { (byte: UInt8) in byte == 0x20 || (0x09...0x0D).contains(byte) }
        guard let first = utf8.firstIndex(where: { !isSpace($0) }),
            let last = utf8.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(text[first...last])
    }

    /// "list" or "mapping", for "must be text, not a list".
    static func kind(of node: Node) -> String {
        Messages.text(
            node.sequence != nil
                ? "lint.yaml.list" : node.mapping != nil ? "lint.yaml.mapping" : "lint.yaml.value")
    }
}
