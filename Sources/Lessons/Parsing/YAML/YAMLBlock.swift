import Foundation
import Messages
import Yams

/// A YAML document embedded in a lesson file (the front matter, or a predict or quiz block),
/// composed into Yams nodes whose marks can be turned into file locations.
struct YAMLBlock {
    /// The outcome of composing the document.
    enum Composed {
        /// A document with content.
        case node(Node)
        /// Nothing but blank lines and comments.
        case empty
        /// Not valid YAML; the error is already logged.
        case invalid
    }

    let lines: [BlockLine]
    /// What the document is, for messages: "front matter", "quiz block".
    let name: String
    let log: DiagnosticLog

    func compose() -> Composed {
        if let problem = YAMLLayout.firstProblem(in: lines, log: log) {
            log.error(
                Messages.text("lint.yaml.layout", ["name": name, "problem": problem.message]),
                at: problem.location)
            return .invalid
        }
        do {
            let text = lines.map(\.text).joined(separator: "\n")
            // UTF-8, Swift's own encoding and what Yams picks unless a variable of its says
            // otherwise; asking Yams to pick reads the whole environment at every block.
            return try Yams.compose(yaml: text, .default, .default, .utf8).map(Composed.node) ?? .empty
        } catch let error as YamlError {
            report(error)
        } catch {
            log.error(
                Messages.text("lint.yaml.unreadable", ["name": name, "error": "\(error)"]), at: startLocation)
        }
        return .invalid
    }

    /// The first line of the document, where problems without a better position are reported.
    var startLocation: SourceLocation {
        log.location(line: lines.first?.line ?? 1, column: 1)
    }

    /// The file location of a Yams mark (1-based, columns counted in Unicode scalars).
    func location(of mark: Mark?) -> SourceLocation {
        guard let mark, !lines.isEmpty else { return startLocation }
        let index = min(max(mark.line - 1, 0), lines.count - 1)
        let line = lines[index]
        let scalars = line.text.unicodeScalars
        let scalarOffset = max(mark.column - 1, 0)
        let end =
            scalars.index(scalars.startIndex, offsetBy: scalarOffset, limitedBy: scalars.endIndex)
            ?? scalars.endIndex
        let characterOffset = line.text[..<end].count + max(0, scalarOffset - scalars.count)
        return log.location(line: line.line, column: line.offset + characterOffset + 1)
    }

    private func report(_ error: YamlError) {
        switch error {
        case .scanner(_, let problem, let mark, _),
            .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            let lineText = lines.indices.contains(mark.line - 1) ? lines[mark.line - 1].text : ""
            log.error(
                Messages.text(
                    "lint.yaml.invalid",
                    ["name": name, "problem": problem, "hint": Self.hint(for: problem, line: lineText)]),
                at: location(of: mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "`\($0)`" }.joined(separator: ", ")
            log.error(
                Messages.text("lint.yaml.duplicate-keys", ["name": name, "keys": keys]),
                at: location(of: context.mark))
        default:
            log.error(
                Messages.text("lint.yaml.unreadable", ["name": name, "error": "\(error)"]), at: startLocation)
        }
    }

    /// The fix for the YAML mistakes instructors actually make: unquoted text that YAML reads as
    /// syntax (`: ` inside a title, a condition starting with `>`), and bad indentation.
    private static func hint(for problem: String, line: String) -> String {
        if let range = line.range(of: "when:") {
            let condition = line[range.upperBound...].trimmingCharacters(in: .whitespaces)
            return Messages.text(
                "lint.yaml.hint.quote-condition", ["condition": condition.isEmpty ? ">= 1" : condition])
        }
        let parts = line.split(separator: ":", maxSplits: 1)
        let key = parts.first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        let value = parts.count == 2 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        // A bare `|` or `>` header starts a multi-line value; only text after it is the mistake.
        let isBlockHeader = value.allSatisfy { ">|-+0123456789".contains($0) }
        if let first = value.first, ">|!&*".contains(first), !isBlockHeader {
            return Messages.text(
                "lint.yaml.hint.quote-start", ["first": String(first), "key": key, "value": value])
        }
        if problem.contains("mapping values are not allowed") {
            return Messages.text("lint.yaml.hint.quote-colon")
        }
        if problem.contains("cannot start any token") {
            return Messages.text("lint.yaml.hint.quote-backquote")
        }
        return Messages.text("lint.yaml.hint.indentation")
    }
}
