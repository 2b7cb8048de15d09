import Messages

/// The YAML body of a predict, quiz or lab block, read into a `MappingReader` whose missing-key
/// errors point at the fence.
enum QuestionBlock {
    /// The reader, or nil when the body is empty or not a YAML mapping (reported). An empty body's
    /// error lists `required`, or every key when it is nil.
    static func reader(
        for block: FencedBlock, kind: String, name: String, keys: [String], required: [String]? = nil,
        log: DiagnosticLog
    ) -> MappingReader? {
        let yaml = YAMLBlock(
            lines: block.body, name: Messages.text("lint.name.block", ["kind": kind]), log: log)
        switch yaml.compose() {
        case .invalid:
            return nil
        case .empty:
            let required = (required ?? keys).map { "`\($0)`" }.joined(separator: ", ")
            log.error(
                Messages.text("lint.block.empty", ["kind": kind, "keys": required]), at: block.location)
            return nil
        case .node(let node):
            let reader = MappingReader(node, block: yaml, name: name, anchor: block.location)
            reader?.rejectUnknownKeys(allowed: keys)
            return reader
        }
    }
}
