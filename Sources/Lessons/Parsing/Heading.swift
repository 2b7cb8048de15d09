import Foundation

/// An ATX heading line (`## Title`), indented at most three spaces.
struct Heading {
    var level: Int
    var title: String
    /// Column of the first `#`.
    var column: Int

    init?(_ line: String) {
        let indent = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(indent)
        let level = rest.prefix { $0 == "#" }.count
        let afterMarker = rest.dropFirst(level)
        guard indent <= 3, (1...6).contains(level), afterMarker.isEmpty || afterMarker.first == " " else {
            return nil
        }
        var title = afterMarker.trimmingCharacters(in: .whitespaces)
        // An optional closing run of `#`s is decoration, not part of the title.
        let closing = title.reversed().prefix { $0 == "#" }.count
        if closing > 0, closing == title.count || title.dropLast(closing).last == " " {
            title = String(title.dropLast(closing)).trimmingCharacters(in: .whitespaces)
        }
        self.level = level
        self.title = title
        self.column = indent + 1
    }
}
