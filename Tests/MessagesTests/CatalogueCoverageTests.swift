import Foundation
import Testing

@testable import Messages

/// Every key the sources ask for is in the catalogue, so no student meets a bare key. The keys
/// are found in the sources themselves: a literal key passed to a `text(` call.
@Suite struct CatalogueCoverageTests {
    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    /// `(file, key)` for each `text("a.b")` or `text(\n "a.b"` outside the catalogue itself.
    static func requestedKeys() throws -> [(file: String, key: String)] {
        let pattern = try Regex(#"text\(\s*"([a-z][a-z0-9_-]*(?:\.[a-z0-9_-]+)+)""#)
        var found: [(String, String)] = []
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            guard url.pathExtension == "swift", !url.path.contains("/Sources/Messages/") else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            for match in text.matches(of: pattern) {
                if let key = match.output[1].substring { found.append((url.lastPathComponent, String(key))) }
            }
        }
        return found
    }

    @Test func theSourcesAskForKeysAtAll() throws {
        #expect(try Self.requestedKeys().count > 300)
    }

    @Test func everyKeyTheSourcesAskForExistsInBothLanguages() throws {
        let english = Catalogue.table(for: .english)
        let chinese = Catalogue.table(for: .simplifiedChinese)
        // A demo names its keys relative to its own (`note.start` for `demos.fork-basics.note.start`).
        let suffixes = Set(
            english.keys.flatMap { key in
                key.split(separator: ".").indices.dropFirst().map {
                    key.split(separator: ".")[$0...].joined(separator: ".")
                }
            })
        for (file, key) in try Self.requestedKeys() {
            let known = english[key] != nil && chinese[key] != nil || suffixes.contains(key)
            #expect(known, "\(file) asks for `\(key)`, which the catalogue lacks")
        }
    }
}
