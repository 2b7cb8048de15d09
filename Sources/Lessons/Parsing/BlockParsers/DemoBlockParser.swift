import Messages

/// Reads ```` ```demo NAME key=value ... ```` blocks.
enum DemoBlockParser {
    /// The demo block, or nil when it names no demo. Malformed arguments are reported and left
    /// out, so the rest of the block can still be checked against the catalogue.
    static func parse(_ block: FencedBlock, session: ParseSession) -> DemoBlock? {
        let log = session.log
        let words = block.words
        guard words.count >= 2, !words[1].text.contains("=") else {
            log.error(
                Messages.text("lint.demo.no-name"),
                at: words[0].location)
            return nil
        }
        var arguments: [DemoArgument] = []
        for word in words.dropFirst(2) {
            let parts = word.text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                log.error(
                    Messages.text("lint.demo.bad-argument", ["argument": word.text]), at: word.location)
                continue
            }
            let name = String(parts[0])
            guard !arguments.contains(where: { $0.name == name }) else {
                log.error(Messages.text("lint.demo.argument-twice", ["name": name]), at: word.location)
                continue
            }
            arguments.append(DemoArgument(name: name, value: String(parts[1]), column: word.location.column))
        }
        session.demoNameLocations[block.line] = words[1].location
        return DemoBlock(
            name: words[1].text, arguments: arguments, caption: block.trimmedText, line: block.line)
    }
}
