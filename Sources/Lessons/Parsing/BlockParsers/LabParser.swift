import Messages
import Yams

/// Reads ```` ```lab ```` blocks. Only the block's shape is checked here; whether the program and
/// goal make sense is for the lab engine, through the linter's `LabChecking`.
enum LabParser {
    static let keys = ["id", "title", "program", "code", "goal", "reachable", "hints", "explain"]
    private static let required = ["id", "title", "program", "goal", "reachable"]

    /// The lab, or nil when the block has errors (reported).
    static func parse(_ block: FencedBlock, session: ParseSession) -> LabBlock? {
        let log = session.log
        let errorsBefore = log.diagnostics.count
        guard
            let reader = QuestionBlock.reader(
                for: block, kind: "lab", name: Messages.text("lint.name.lab"), keys: keys, required: required,
                log: log)
        else { return nil }
        let id = readID(reader, session: session)
        let title = oneLine("title", reader)
        let program = readProgram(reader)
        let goal = oneLine("goal", reader)
        let reachable = readReachable(reader)
        let hints = reader.textList("hints")?.map(\.text) ?? []
        let explanation = reader.has("explain") ? reader.requiredText("explain") : ""
        guard let id, let title, let program, let goal, let reachable, let explanation,
            !log.hasErrors(since: errorsBefore)
        else { return nil }
        let goalLocation = textStart(of: "goal", reader)
        session.labLocations[block.line] = LabLocations(
            fence: block.location, program: program.location, goal: goalLocation)
        return LabBlock(
            id: id, title: title, program: program.source, goal: goal, goalLine: goalLocation.line,
            reachable: reachable, hints: hints, explanation: explanation, line: block.line)
    }

    /// The id, which students type after `lab` and after a lesson id and `/`, so it keeps to the
    /// characters of a lesson id.
    private static func readID(_ reader: MappingReader, session: ParseSession) -> String? {
        guard let id = reader.requiredText("id") else { return nil }
        if let problem = FrontMatter.idProblem(id, of: Messages.text("lint.noun.lab")) {
            reader.block.log.error(problem, at: reader.location("id"))
            return nil
        }
        session.claimID(id, kind: Messages.text("lint.noun.lab"), at: reader.location("id"))
        return id
    }

    /// Titles and goals are shown on one line.
    private static func oneLine(_ key: String, _ reader: MappingReader) -> String? {
        guard let text = reader.requiredText(key) else { return nil }
        guard !text.contains("\n") else {
            reader.block.log.error(Messages.text("lint.lab.one-line", ["key": key]), at: reader.location(key))
            return nil
        }
        return text
    }

    private static func readReachable(_ reader: MappingReader) -> Bool? {
        guard let text = reader.requiredText("reachable") else { return nil }
        switch text {
        case "yes": return true
        case "no": return false
        default:
            reader.block.log.error(
                Messages.text("lint.lab.reachable", ["value": text]),
                at: reader.location("reachable"))
            return nil
        }
    }

    /// Exactly one of `program:` (a file beside the lesson) and `code: |` (the program written
    /// here), with where the program is written.
    private static func readProgram(_ reader: MappingReader) -> (
        source: LabProgramSource, location: SourceLocation
    )? {
        let log = reader.block.log
        switch (reader.has("program"), reader.has("code")) {
        case (false, false):
            log.error(
                Messages.text("lint.lab.no-program"),
                at: reader.anchor)
        case (true, true):
            log.error(
                Messages.text("lint.lab.program-and-code"),
                at: reader.location("code"))
        case (true, false):
            guard let path = reader.requiredText("program") else { return nil }
            if let problem = LabProgramPath.problem(with: path) {
                log.error(problem, at: reader.location("program"))
                return nil
            }
            return (.file(path: path), reader.location("program"))
        case (false, true):
            return readCode(reader)
        }
        return nil
    }

    /// A literal block keeps the program's lines and indentation as written, which any other
    /// YAML style would fold or trim. Its line 1 is the line after `code: |`, and every line is
    /// indented by as much as the block's first line of code.
    private static func readCode(_ reader: MappingReader) -> (
        source: LabProgramSource, location: SourceLocation
    )? {
        let log = reader.block.log
        guard let node = reader.value("code") else { return nil }
        guard let scalar = node.scalar else {
            log.error(
                Messages.text("lint.lab.code-not-text", ["kind": MappingReader.kind(of: node)]),
                at: reader.location("code"))
            return nil
        }
        guard scalar.style == .literal else {
            log.error(
                Messages.text("lint.lab.code-not-literal"),
                at: reader.location("code"))
            return nil
        }
        let code = scalar.string
        guard let firstCode = code.split(separator: "\n").first(where: { !$0.allSatisfy(\.isWhitespace) })
        else {
            log.error(
                Messages.text("lint.lab.code-empty"), at: reader.location("code"))
            return nil
        }
        let header = reader.location("code").line
        let codeIndent = firstCode.prefix { $0 == " " }.count
        // The block's first line of code is the one `firstCode` came from.
        let column =
            reader.block.lines.first { $0.line > header && !$0.text.allSatisfy(\.isWhitespace) }.map {
                let indent = $0.text.prefix { $0 == " " }.count - codeIndent
                return log.location(line: $0.line, column: $0.offset + indent + 1).column
            } ?? 1
        return (.inline(code: code, firstLine: header + 1), SourceLocation(line: header + 1, column: column))
    }

    /// Where the text of `key`'s value starts: past the opening quote of a quoted value.
    private static func textStart(of key: String, _ reader: MappingReader) -> SourceLocation {
        var location = reader.location(key)
        switch reader.value(key)?.scalar?.style {
        case .singleQuoted?, .doubleQuoted?: location.column += 1
        default: break
        }
        return location
    }
}
