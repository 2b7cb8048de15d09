import Foundation
import Messages

/// The YAML between the `---` lines at the top of a lesson file.
struct FrontMatter {
    static let keys = ["id", "title", "summary", "order", "requires", "locale"]

    var id: String?
    var title = ""
    var summary = ""
    var order: Int?
    var requires: [String] = []
    var locale = "en"
    /// The language `locale` names exactly (ignoring case); English when it names none, which
    /// is an error of its own.
    var language = Language.english
    var locations = LessonLocations()

    /// Finds and reads the front matter. Returns the values read (nil when the YAML is unusable)
    /// and the 0-based index of the first body line (nil when the front matter has no end, so
    /// there is no body to speak of).
    static func read(_ log: DiagnosticLog) -> (frontMatter: FrontMatter?, bodyStart: Int?) {
        let lines = log.source.lines
        let start = log.location(line: 1, column: 1)
        guard lines.first.map(isDelimiter) == true else {
            log.error(
                Messages.text("lint.front-matter.missing"),
                at: start)
            return (nil, nil)
        }
        guard let end = lines.indices.dropFirst().first(where: { isDelimiter(lines[$0]) }) else {
            log.error(
                Messages.text("lint.front-matter.unclosed"), at: start)
            return (nil, nil)
        }
        let yamlLines = (1..<end).map { BlockLine(text: lines[$0], line: $0 + 1, offset: 0) }
        let block = YAMLBlock(lines: yamlLines, name: Messages.text("lint.name.front-matter"), log: log)
        switch block.compose() {
        case .invalid:
            return (nil, end + 1)
        case .empty:
            log.error(Messages.text("lint.front-matter.empty"), at: start)
            return (nil, end + 1)
        case .node(let node):
            guard let reader = MappingReader(node, block: block, name: block.name, anchor: start) else {
                return (nil, end + 1)
            }
            return (FrontMatter(reader, file: log.file), end + 1)
        }
    }

    static func isDelimiter(_ line: String) -> Bool {
        line.trimmingCharacters(in: .whitespaces) == "---"
    }

    private init(_ reader: MappingReader, file: String) {
        let log = reader.block.log
        reader.rejectUnknownKeys(allowed: Self.keys)
        if let id = reader.requiredText("id") {
            self.id = id
            locations.id = reader.location("id")
            if let problem = Self.idProblem(id) {
                log.error(problem, at: locations.id)
            }
        }
        title = Self.oneLine("title", reader)
        summary = Self.oneLine("summary", reader)
        readOrder(reader, file: file)
        if let requires = reader.textList("requires") {
            self.requires = requires.map(\.text)
            locations.requires = requires.map(\.location)
        }
        if let locale = reader.optionalText("locale"), !locale.isEmpty {
            locations.locale = reader.location("locale")
            if let language = Language.allCases.first(where: { $0.tag.lowercased() == locale.lowercased() }) {
                self.locale = language.tag
                self.language = language
            } else {
                self.locale = locale
                let supported = Language.tags.map { "`\($0)`" }.joined(separator: ", ")
                log.error(
                    Messages.text(
                        "lint.front-matter.unknown-locale", ["locale": locale, "supported": supported]),
                    at: reader.location("locale"))
            }
        }
    }

    /// Titles and summaries appear in one-line lists, so a line break would break the layout.
    private static func oneLine(_ key: String, _ reader: MappingReader) -> String {
        guard let text = reader.requiredText(key) else { return "" }
        if text.contains("\n") {
            reader.block.log.error(
                Messages.text("lint.front-matter.one-line", ["key": key]),
                at: reader.location(key))
        }
        return text
    }

    /// The order comes from the file name (`05-shared-memory.md`), the `order` key, or both when
    /// they agree; the file name is what instructors see when they sort the folder.
    private mutating func readOrder(_ reader: MappingReader, file: String) {
        let log = reader.block.log
        let fileName = (file as NSString).lastPathComponent
        let nameDigits = String(fileName.prefix { $0.isASCII && $0.isNumber })
        let fromName = Int(nameDigits).flatMap(Self.validOrder)
        if !nameDigits.isEmpty, fromName == nil {
            log.error(
                Messages.text(
                    "lint.order.file-name-number",
                    ["number": nameDigits, "max": "\(LessonLimits.numberMagnitude)"]),
                at: reader.anchor)
        }
        guard let text = reader.optionalText("order") else {
            if reader.has("order") { return }
            order = fromName
            if fromName == nil, nameDigits.isEmpty {
                log.error(
                    Messages.text("lint.order.missing", ["id": id ?? "slug"]),
                    at: reader.anchor)
            }
            return
        }
        locations.order = reader.location("order")
        guard let value = Int(text).flatMap(Self.validOrder) else {
            log.error(
                Messages.text(
                    "lint.order.not-number", ["order": text, "max": "\(LessonLimits.numberMagnitude)"]),
                at: locations.order)
            return
        }
        order = value
        if let fromName, fromName != value {
            log.error(
                Messages.text("lint.order.disagrees", ["order": "\(value)", "file": fileName]),
                at: locations.order)
        }
    }

    private static func validOrder(_ value: Int) -> Int? {
        (0...LessonLimits.numberMagnitude).contains(value) ? value : nil
    }

    /// Nil for a valid id, otherwise the message, with a corrected id to copy when one exists;
    /// `kind` names what the id is for ("lesson", "lab"), in the language of the message.
    static func idProblem(_ id: String, of kind: String = Messages.text("lint.noun.lesson")) -> String? {
        let allowed = id.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        guard !allowed else { return nil }
        let slug = id.lowercased()
            .split { !(("a"..."z").contains($0) || ("0"..."9").contains($0)) }
            .joined(separator: "-")
        guard !slug.isEmpty else { return Messages.text("lint.id.invalid", ["kind": kind, "id": id]) }
        return Messages.text("lint.id.invalid-try", ["kind": kind, "id": id, "slug": slug])
    }
}
